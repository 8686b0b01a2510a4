resource "aws_s3_bucket" "data" {
  bucket = "example-private-data"
}

# "*" narrowed by a condition: only requests through one VPC endpoint.
resource "aws_s3_bucket_policy" "vpce_only" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::example-private-data/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-0123456789abcdef0" } }
    }]
  })
}

# Named principals, and a Deny for everyone: neither makes the bucket public.
data "aws_iam_policy_document" "private" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:role/reader"]
    }
  }

  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "private" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.private.json
}

# The policy and the principals come from variables without a value: unknown, no finding.
variable "policy" {
  type = string
}

variable "principals" {
  type = list(string)
}

resource "aws_s3_bucket_policy" "unknown" {
  bucket = aws_s3_bucket.data.id
  policy = var.policy
}

data "aws_iam_policy_document" "unknown_principals" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = var.principals
    }
  }
}

resource "aws_s3_bucket_policy" "unknown_principals" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.unknown_principals.json
}

# count = 0: the policy is never created.
resource "aws_s3_bucket_policy" "disabled" {
  count  = 0
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = "*", Action = "s3:GetObject", Resource = "*" }]
  })
}
