variable "scan_on_push" {
  type = bool
}

resource "aws_ecr_repository" "scanned" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = true
  }
}

# Unknown at plan time: no finding.
resource "aws_ecr_repository" "unknown" {
  name                 = "worker"
  image_tag_mutability = "IMMUTABLE"

  image_scanning_configuration {
    scan_on_push = var.scan_on_push
  }
}

# count = 0: the repository does not exist.
resource "aws_ecr_repository" "disabled" {
  count = 0
  name  = "unused"
}
