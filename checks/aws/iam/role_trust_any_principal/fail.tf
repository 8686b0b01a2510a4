# Anyone with an AWS account can assume this role.
resource "aws_iam_role" "open" {
  name = "open"
  assume_role_policy = jsonencode({ # expect: AWS-IAM-004
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

# Trust policy from a data source with principal type "*".
data "aws_iam_policy_document" "anyone" {
  statement {
    actions = ["sts:*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "anyone" {
  name               = "anyone"
  assume_role_policy = data.aws_iam_policy_document.anyone.json # expect: AWS-IAM-004
}

variable "trusted" {
  type    = list(string)
  default = ["arn:aws:iam::123456789012:root", "*"]
}

# The wildcard comes in through a variable default, in a local.
locals {
  trust = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["sts:AssumeRole", "sts:TagSession"], Principal = { AWS = var.trusted } }]
  })
}

resource "aws_iam_role" "partner" {
  name               = "partner"
  assume_role_policy = local.trust # expect: AWS-IAM-004
}

variable "external_id" {
  type = string
}

# The second statement has an unknown part, the first is still open to everyone.
data "aws_iam_policy_document" "vendor" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::210987654321:root"]
    }
    condition {
      test     = "StringEquals"
      variable = "sts:ExternalId"
      values   = [var.external_id]
    }
  }
}

resource "aws_iam_role" "vendor" {
  name               = "vendor"
  assume_role_policy = data.aws_iam_policy_document.vendor.json # expect: AWS-IAM-004
}
