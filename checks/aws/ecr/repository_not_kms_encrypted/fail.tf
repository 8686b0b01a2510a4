resource "aws_ecr_repository" "default" { # expect: AWS-ECR-003
  name = "api"
}

variable "encryption_type" {
  default = "AES256"
}

resource "aws_ecr_repository" "from_variable" {
  name = "worker"

  encryption_configuration {
    encryption_type = var.encryption_type # expect: AWS-ECR-003
  }
}
