resource "aws_codebuild_project" "images" {
  name         = "build-images"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = true # expect: AWS-CODEBUILD-001
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}

variable "privileged" {
  type    = bool
  default = true
}

resource "aws_codebuild_project" "from_variable" {
  name         = "tests"
  service_role = "arn:aws:iam::123456789012:role/codebuild"

  artifacts {
    type = "NO_ARTIFACTS"
  }

  environment {
    compute_type    = "BUILD_GENERAL1_SMALL"
    image           = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type            = "LINUX_CONTAINER"
    privileged_mode = var.privileged # expect: AWS-CODEBUILD-001
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/example/app.git"
  }
}
