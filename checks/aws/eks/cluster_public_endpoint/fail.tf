# endpoint_public_access defaults to true.
resource "aws_eks_cluster" "default" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config { # expect: AWS-EKS-001
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

variable "public_endpoint" {
  default = true
}

resource "aws_eks_cluster" "from_variable" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1a", "subnet-1b"]
    endpoint_private_access = true
    endpoint_public_access  = var.public_endpoint # expect: AWS-EKS-001
    public_access_cidrs     = ["203.0.113.0/24"]
  }
}
