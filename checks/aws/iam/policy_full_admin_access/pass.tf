variable "policy_json" {
  type = string
}

# Scoped actions and resources.
resource "aws_iam_policy" "read_bucket" {
  name = "read-bucket"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:GetObject", "s3:ListBucket"]
      Resource = ["arn:aws:s3:::reports", "arn:aws:s3:::reports/*"]
    }]
  })
}

# A Deny of everything is a guard rail, not a grant.
data "aws_iam_policy_document" "deny_outside_region" {
  statement {
    effect    = "Deny"
    actions   = ["*"]
    resources = ["*"]
    condition {
      test     = "StringNotEquals"
      variable = "aws:RequestedRegion"
      values   = ["eu-west-1"]
    }
  }
}

resource "aws_iam_policy" "region_guard" {
  name   = "region-guard"
  policy = data.aws_iam_policy_document.deny_outside_region.json
}

# The policy comes from a variable with no value: it cannot be known, so no finding.
resource "aws_iam_role_policy" "unknown" {
  name   = "unknown"
  role   = "app"
  policy = var.policy_json
}

# count = 0: the resource does not exist.
resource "aws_iam_policy" "disabled" {
  count  = 0
  name   = "disabled"
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] })
}

variable "effect" {
  type = string
}

# The effect is unknown: it might be Deny, so no finding.
data "aws_iam_policy_document" "maybe" {
  statement {
    effect    = var.effect
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "maybe" {
  name   = "maybe"
  policy = data.aws_iam_policy_document.maybe.json
}
