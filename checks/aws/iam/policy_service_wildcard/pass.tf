variable "policy_json" {
  type = string
}

# Every S3 action, but only on one bucket.
resource "aws_iam_policy" "one_bucket" {
  name = "one-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }]
  })
}

# Specific read actions on "*" are not a service wildcard.
resource "aws_iam_role_policy" "describe" {
  name = "describe"
  role = "monitoring"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["ec2:Describe*", "cloudwatch:GetMetricData"], Resource = "*" }]
  })
}

# A condition limits the wildcard to resources tagged for the team.
data "aws_iam_policy_document" "team_ec2" {
  statement {
    actions   = ["ec2:*"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceTag/team"
      values   = ["payments"]
    }
  }
}

resource "aws_iam_policy" "team_ec2" {
  name   = "team-ec2"
  policy = data.aws_iam_policy_document.team_ec2.json
}

# AWS Support has no resource-level permissions: "*" is the only possible resource.
resource "aws_iam_role_policy" "support" {
  name   = "support"
  role   = "support"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "support:*", Resource = "*" }] })
}

# Unknown policy: no finding.
resource "aws_iam_role_policy" "unknown" {
  name   = "unknown"
  role   = "ci"
  policy = var.policy_json
}
