variable "npm_token" {
  type    = string
  default = "npm_live_4f8a2c1e9b7d"
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

    # PLAINTEXT is the default type.
    environment_variable {
      name  = "DB_PASSWORD"
      value = "hunter2-prod" # expect: AWS-CODEBUILD-004
    }

    environment_variable {
      name  = "NPM_TOKEN"
      value = var.npm_token # expect: AWS-CODEBUILD-004
      type  = "PLAINTEXT"
    }

    # The value gives it away even under an ordinary name.
    environment_variable {
      name  = "DEPLOY_USER_KEY_ID"
      value = "AKIAIOSFODNN7EXAMPLE" # expect: AWS-CODEBUILD-004
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
