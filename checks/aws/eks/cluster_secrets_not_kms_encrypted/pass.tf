variable "encrypted_resources" {
  type = list(string)
}

resource "aws_kms_key" "eks" {
  description         = "EKS secrets"
  enable_key_rotation = true
}

resource "aws_eks_cluster" "encrypted" {
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

# Unknown at plan time: no finding.
resource "aws_eks_cluster" "unknown" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }

  encryption_config {
    resources = var.encrypted_resources
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}
