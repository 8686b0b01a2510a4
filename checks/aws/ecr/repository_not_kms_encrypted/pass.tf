variable "encryption_type" {
  type = string
}

resource "aws_kms_key" "ecr" {
  description         = "ECR images"
  enable_key_rotation = true
}

resource "aws_ecr_repository" "kms" {
  name = "api"

  encryption_configuration {
    encryption_type = "KMS"
    kms_key         = aws_kms_key.ecr.arn
  }
}

# Unknown at plan time: no finding.
resource "aws_ecr_repository" "unknown" {
  name = "worker"

  encryption_configuration {
    encryption_type = var.encryption_type
  }
}

# count = 0: the repository does not exist.
resource "aws_ecr_repository" "disabled" {
  count = 0
  name  = "unused"
}
