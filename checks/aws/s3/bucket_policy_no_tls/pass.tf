# The usual deny-insecure-transport statement, from a policy document data source.
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

data "aws_iam_policy_document" "data" {
  statement {
    sid       = "DenyInsecureTransport"
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

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.data.json
}

# A JSON policy with the same statement.
resource "aws_s3_bucket" "json" {
  bucket = "example-json"
}

resource "aws_s3_bucket_policy" "json" {
  bucket = aws_s3_bucket.json.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyHTTP"
      Effect    = "Deny"
      Principal = { AWS = "*" }
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::example-json", "arn:aws:s3:::example-json/*"]
      Condition = { Bool = { "aws:SecureTransport" = false } }
    }]
  })
}

# The policy comes from a variable without a default: unknown, no finding.
variable "policy" {
  type = string
}

resource "aws_s3_bucket" "unknown" {
  bucket = "example-unknown"
}

resource "aws_s3_bucket_policy" "unknown" {
  bucket = aws_s3_bucket.unknown.id
  policy = var.policy
}

# A static website: website endpoints only serve HTTP, so a TLS-only policy would break it.
resource "aws_s3_bucket" "site" {
  bucket = "example-site"
}

resource "aws_s3_bucket_website_configuration" "site" {
  bucket = aws_s3_bucket.site.id
  index_document {
    suffix = "index.html"
  }
}

# count = 0: the bucket does not exist.
resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "example-disabled"
}
