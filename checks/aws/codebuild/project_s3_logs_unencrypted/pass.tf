variable "plain_logs" {
  type = bool
}

resource "aws_codebuild_project" "encrypted" {
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
      status   = "ENABLED"
      location = "build-logs-example/app"
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

# S3 logs turned off: nothing is written.
resource "aws_codebuild_project" "cloudwatch_only" {
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

  logs_config {
    s3_logs {
      status              = "DISABLED"
      encryption_disabled = true
    }
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
      encryption_disabled = var.plain_logs
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/docs.git"
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
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
  }

  logs_config {
    s3_logs {
      status              = "ENABLED"
      location            = "build-logs-example/unused"
      encryption_disabled = true
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
