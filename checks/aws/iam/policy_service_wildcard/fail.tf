# Every S3 action on every bucket in the account.
resource "aws_iam_policy" "s3_everything" {
  name = "s3-everything"
  policy = jsonencode({ # expect: AWS-IAM-002
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = "*"
    }]
  })
}

variable "admin_actions" {
  type    = list(string)
  default = ["iam:*", "sts:*"]
}

# From a data source, with the actions coming from a variable default.
data "aws_iam_policy_document" "identity_admin" {
  statement {
    actions   = var.admin_actions
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "identity_admin" {
  name   = "identity-admin"
  role   = "platform"
  policy = data.aws_iam_policy_document.identity_admin.json # expect: AWS-IAM-002
}

# Built in a local value.
locals {
  table_admin = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["dynamodb:*"], Resource = ["*"] }]
  })
}

resource "aws_iam_group_policy" "dba" {
  name   = "dba"
  group  = "dba"
  policy = local.table_admin # expect: AWS-IAM-002
}
