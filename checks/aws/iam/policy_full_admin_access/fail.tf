# Heredoc JSON: Action "*" on Resource "*". (The parentheses only make room for the
# test marker: nothing may follow the opening <<EOF on its line.)
resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = ( # expect: AWS-IAM-001
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "*",
      "Resource": "*"
    }
  ]
}
EOF
  )
}

# jsonencode, with "*:*" among other actions.
resource "aws_iam_role_policy" "ops" {
  name = "ops"
  role = "ops"
  policy = jsonencode({ # expect: AWS-IAM-001
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "*:*"]
      Resource = ["*"]
    }]
  })
}

# An aws_iam_policy_document data source.
data "aws_iam_policy_document" "everything" {
  statement {
    sid       = "ReadLogs"
    actions   = ["logs:GetLogEvents"]
    resources = ["arn:aws:logs:us-east-1:123456789012:log-group:app:*"]
  }
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "deployer" {
  name   = "deployer"
  user   = "deployer"
  policy = data.aws_iam_policy_document.everything.json # expect: AWS-IAM-001
}

# A policy built in a local value.
locals {
  admin_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = { Effect = "Allow", Action = "*", Resource = "*" }
  })
}

resource "aws_iam_group_policy" "admins" {
  name   = "admins"
  group  = "admins"
  policy = local.admin_policy # expect: AWS-IAM-001
}

# Inline policy of a role.
resource "aws_iam_role" "ci" {
  name = "ci"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "codebuild.amazonaws.com" } }]
  })

  inline_policy {
    name   = "everything"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] }) # expect: AWS-IAM-001
  }
}

# A document with a part known only after apply (the bucket ARN) renders no JSON at plan
# time; its statements are still read one by one.
resource "aws_s3_bucket" "artifacts" {
  bucket = "ci-artifacts"
}

data "aws_iam_policy_document" "build" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.artifacts.arn}/*"]
  }
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "build" {
  name   = "build"
  role   = "build"
  policy = data.aws_iam_policy_document.build.json # expect: AWS-IAM-001
}
