# PassRole on every role.
resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({ # expect: AWS-IAM-006
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["lambda:CreateFunction", "iam:PassRole"]
      Resource = "*"
    }]
  })
}

# Every role of the account, through a wildcard action, from a data source.
data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["iam:Pass*", "iam:GetRole"]
    resources = ["arn:aws:iam::123456789012:role/*"]
  }
}

resource "aws_iam_role_policy" "ci" {
  name   = "ci"
  role   = "ci"
  policy = data.aws_iam_policy_document.ci.json # expect: AWS-IAM-006
}

# Built in a local value.
locals {
  pass_any = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = ["*"] }]
  })
}

resource "aws_iam_group_policy" "ops" {
  name   = "ops"
  group  = "ops"
  policy = local.pass_any # expect: AWS-IAM-006
}
