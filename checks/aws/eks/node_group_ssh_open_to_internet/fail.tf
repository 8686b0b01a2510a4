resource "aws_eks_node_group" "workers" {
  cluster_name    = "prod"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d", "subnet-4e5f6a7b"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }

  # A key without source security groups: EKS opens port 22 to 0.0.0.0/0.
  remote_access { # expect: AWS-EKS-005
    ec2_ssh_key = "ops"
  }
}

variable "ssh_sources" {
  type    = list(string)
  default = []
}

resource "aws_eks_node_group" "from_variable" {
  cluster_name    = "prod"
  node_group_name = "batch"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 2
    min_size     = 1
  }

  remote_access { # expect: AWS-EKS-005
    ec2_ssh_key               = "ops"
    source_security_group_ids = var.ssh_sources
  }
}
