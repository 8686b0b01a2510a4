resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type                = "S3"
    location            = "build-artifacts-example"
    encryption_disabled = true # expect: AWS-CODEBUILD-002
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

variable "disable_encryption" {
  type    = bool
  default = true
}

resource "aws_codebuild_project" "secondary" {
  name         = "docs"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type     = "S3"
    location = "build-artifacts-example"
  }

  secondary_artifacts {
    artifact_identifier = "site"
    type                = "S3"
    location            = "docs-site-example"
    encryption_disabled = var.disable_encryption # expect: AWS-CODEBUILD-002
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
