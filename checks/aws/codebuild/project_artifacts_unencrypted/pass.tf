variable "disable_encryption" {
  type = bool
}

# Artifacts are encrypted by default.
resource "aws_codebuild_project" "app" {
  name           = "app"
  service_role   = "arn:aws:iam::123456789012:role/codebuild"
  encryption_key = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"

  artifacts {
    type     = "S3"
    location = "build-artifacts-example"
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
  name         = "docs"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "S3"
    location            = "build-artifacts-example"
    encryption_disabled = var.disable_encryption
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/docs.git"
  }
}

# No artifacts: nothing to encrypt.
resource "aws_codebuild_project" "tests" {
  name         = "tests"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "NO_ARTIFACTS"
    encryption_disabled = true
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

# count = 0: the project does not exist.
resource "aws_codebuild_project" "disabled" {
  count        = 0
  name         = "unused"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "S3"
    location            = "build-artifacts-example"
    encryption_disabled = true
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
