variable "npm_token" {
  type      = string
  sensitive = true
}

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

    environment_variable {
      name  = "NODE_ENV"
      value = "production"
    }

    # References to where the secret is kept.
    environment_variable {
      name  = "DB_PASSWORD"
      value = "prod/app/db-password"
      type  = "SECRETS_MANAGER"
    }

    environment_variable {
      name  = "API_KEY"
      value = "/prod/app/api-key"
      type  = "PARAMETER_STORE"
    }

    environment_variable {
      name  = "DB_PASSWORD_SECRET_ARN"
      value = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/app/db-password"
    }

    # Unknown at plan time: no finding.
    environment_variable {
      name  = "NPM_TOKEN"
      value = var.npm_token
    }
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
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "DB_PASSWORD"
      value = "hunter2-prod"
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
