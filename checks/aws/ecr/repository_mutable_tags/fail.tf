resource "aws_ecr_repository" "default" { # expect: AWS-ECR-001
  name = "api"
}

variable "tag_mutability" {
  default = "MUTABLE"
}

resource "aws_ecr_repository" "from_variable" {
  name                 = "worker"
  image_tag_mutability = var.tag_mutability # expect: AWS-ECR-001
}
