# No bucket policy at all: plain HTTP requests are accepted.
resource "aws_s3_bucket" "bare" { # expect: AWS-S3-012
  bucket = "example-bare"
}

# A policy document that grants access but never refuses HTTP.
resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

data "aws_iam_policy_document" "shared" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.shared.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = data.aws_iam_policy_document.shared.json # expect: AWS-S3-012
}

# Only a TLS version floor: requests over plain HTTP carry no TLS version, so the
# NumericLessThan condition does not match them and they are not denied.
resource "aws_s3_bucket" "tls_floor" {
  bucket = "example-tls-floor"
}

resource "aws_s3_bucket_policy" "tls_floor" {
  bucket = aws_s3_bucket.tls_floor.id
  policy = jsonencode({ # expect: AWS-S3-012
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::example-tls-floor", "arn:aws:s3:::example-tls-floor/*"]
      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }
    }]
  })
}

# The legacy inline policy, with SecureTransport coming from a local that says "true" (so the
# Deny only hits HTTPS requests).
locals {
  secure = "true"
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  policy = jsonencode({ # expect: AWS-S3-012
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::example-legacy/*"
      Condition = { Bool = { "aws:SecureTransport" = local.secure } }
    }]
  })
}
