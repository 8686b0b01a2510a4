variable "tag_mutability" {
  type = string
}

resource "aws_ecr_repository" "immutable" {
  name                 = "api"
  image_tag_mutability = "IMMUTABLE"
}

# Immutable except for one moving tag.
resource "aws_ecr_repository" "with_exclusion" {
  name                 = "web"
  image_tag_mutability = "IMMUTABLE_WITH_EXCLUSION"

  image_tag_mutability_exclusion_filter {
    filter      = "latest"
    filter_type = "WILDCARD"
  }
}

# Unknown at plan time: no finding.
resource "aws_ecr_repository" "unknown" {
  name                 = "worker"
  image_tag_mutability = var.tag_mutability
}

# count = 0: the repository does not exist.
resource "aws_ecr_repository" "disabled" {
  count = 0
  name  = "unused"
}
