variable "trust_policy" {
  type = string
}

# A service principal.
resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "lambda.amazonaws.com" }
    }]
  })
}

# Wildcard principal limited to the organization by a condition.
data "aws_iam_policy_document" "org" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-abc123def4"]
    }
  }
}

resource "aws_iam_role" "org" {
  name               = "org"
  assume_role_policy = data.aws_iam_policy_document.org.json
}

# Trust policy unknown at plan time: no finding.
resource "aws_iam_role" "unknown" {
  name               = "unknown"
  assume_role_policy = var.trust_policy
}
