variable "key_policy" {
  type = string
}

# The account and a named role; a wildcard principal only with a condition.
data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Admin"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
  statement {
    sid       = "UseThroughS3InAccount"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "kms:CallerAccount"
      values   = ["123456789012"]
    }
  }
}

resource "aws_kms_key" "data" {
  description         = "data"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.key.json
}

# Unknown policy: no finding.
resource "aws_kms_key" "unknown" {
  description         = "unknown"
  enable_key_rotation = true
  policy              = var.key_policy
}

variable "allowed_accounts" {
  type = list(string)
}

# Conditions whose values are unknown still restrict the wildcard principal.
data "aws_iam_policy_document" "cross_account" {
  statement {
    actions   = ["kms:Decrypt"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    dynamic "condition" {
      for_each = var.allowed_accounts
      content {
        test     = "StringEquals"
        variable = "kms:CallerAccount"
        values   = [condition.value]
      }
    }
  }
}

resource "aws_kms_key" "cross_account" {
  description         = "cross account"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.cross_account.json
}
