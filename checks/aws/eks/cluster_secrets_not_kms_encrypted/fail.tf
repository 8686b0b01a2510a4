resource "aws_eks_cluster" "plain" { # expect: AWS-EKS-003
  name     = "platform"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }
}

variable "encrypted_resources" {
  default = []
}

resource "aws_eks_cluster" "from_variable" {
  name     = "data"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-1a", "subnet-1b"]
  }

  encryption_config {
    resources = var.encrypted_resources # expect: AWS-EKS-003
    provider {
      key_arn = "arn:aws:kms:us-east-1:123456789012:key/abc"
    }
  }
}
