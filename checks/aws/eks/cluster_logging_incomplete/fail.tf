# Control plane logging is off by default.
resource "aws_eks_cluster" "no_logs" { # expect: AWS-EKS-004
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

resource "aws_eks_cluster" "api_only" {
  name                      = "web"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = ["api", "scheduler"] # expect: AWS-EKS-004

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

locals {
  log_types = ["api", "authenticator"]
}

resource "aws_eks_cluster" "from_local" {
  name                      = "data"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = local.log_types # expect: AWS-EKS-004

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}
