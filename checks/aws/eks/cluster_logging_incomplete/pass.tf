variable "log_types" {
  type = list(string)
}

resource "aws_eks_cluster" "logged" {
  name                      = "platform"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

# Unknown at plan time: no finding.
resource "aws_eks_cluster" "unknown" {
  name                      = "data"
  role_arn                  = "arn:aws:iam::123456789012:role/eks-cluster"
  enabled_cluster_log_types = var.log_types

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

# count = 0: the cluster does not exist.
resource "aws_eks_cluster" "disabled" {
  count    = 0
  name     = "unused"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}
