resource "aws_ecr_repository" "no_scanning" { # expect: AWS-ECR-002
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

variable "scan_on_push" {
  default = false
}

resource "aws_ecr_repository" "from_variable" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = var.scan_on_push # expect: AWS-ECR-002
  }
}
