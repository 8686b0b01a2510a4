variable "public_endpoint" {
  type = bool
}

resource "aws_eks_cluster" "private" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids              = ["subnet-1a", "subnet-1b"]
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# Unknown at plan time: no finding.
resource "aws_eks_cluster" "unknown" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids             = ["subnet-1a", "subnet-1b"]
    endpoint_public_access = var.public_endpoint
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
