variable "privileged" {
  type = bool
}

# Privileged mode is off by default.
resource "aws_codebuild_project" "tests" {
  name         = "tests"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

# Unknown at plan time: no finding.
resource "aws_codebuild_project" "unknown" {
  name         = "images"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.privileged
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

# count = 0: the project does not exist.
resource "aws_codebuild_project" "disabled" {
  count        = 0
  name         = "unused"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
