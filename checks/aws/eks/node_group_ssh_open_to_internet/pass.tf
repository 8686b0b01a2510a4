variable "bastion_sg" {
  type = string
}

variable "ssh_key" {
  type = string
}

resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = "vpc-0123456789abcdef0"
}

# SSH only from the bastion's security group.
resource "aws_eks_node_group" "restricted" {
  cluster_name    = "prod"
  node_group_name = "workers"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 2
    max_size     = 4
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

# Unknown sources and an unknown key: no finding.
resource "aws_eks_node_group" "unknown" {
  cluster_name    = "prod"
  node_group_name = "unknown"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [var.bastion_sg]
  }
}

resource "aws_eks_node_group" "unknown_key" {
  cluster_name    = "prod"
  node_group_name = "unknown-key"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key = var.ssh_key
  }
}

# No remote access at all: SSM instead of SSH.
resource "aws_eks_node_group" "no_ssh" {
  cluster_name    = "prod"
  node_group_name = "no-ssh"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }
}

# count = 0: the node group does not exist.
resource "aws_eks_node_group" "disabled" {
  count           = 0
  cluster_name    = "prod"
  node_group_name = "disabled"
  node_role_arn   = "arn:aws:iam::123456789012:role/eks-node"
  subnet_ids      = ["subnet-0a1b2c3d"]

  scaling_config {
    desired_size = 1
    max_size     = 1
    min_size     = 1
  }

  remote_access {
    ec2_ssh_key = "ops"
  }
}
