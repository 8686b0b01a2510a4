resource "aws_codebuild_project" "app" {
  name         = "app"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "build-logs-example/app"
      encryption_disabled = true # expect: AWS-CODEBUILD-003
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

variable "plain_logs" {
  type    = bool
  default = true
}

resource "aws_codebuild_project" "from_variable" {
  name         = "docs"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "build-logs-example/docs"
      encryption_disabled = var.plain_logs # expect: AWS-CODEBUILD-003
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/docs.git"
  }
}
