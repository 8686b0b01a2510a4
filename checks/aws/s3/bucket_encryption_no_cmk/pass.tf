resource "aws_kms_key" "s3" {
  description         = "S3 data key"
  enable_key_rotation = true
}

# SSE-KMS with a customer managed key (its ARN is only known after apply).
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

# The algorithm comes from a variable without a default: unknown, no finding.
variable "sse_algorithm" {
  type = string
}

resource "aws_s3_bucket" "unknown" {
  bucket = "example-unknown"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "unknown" {
  bucket = aws_s3_bucket.unknown.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.sse_algorithm
    }
  }
}

# A server access log bucket: S3 only delivers logs to SSE-S3 buckets, so AES256 is right.
resource "aws_s3_bucket" "logs" {
  bucket = "example-access-logs"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "logs" {
  bucket = aws_s3_bucket.logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

# count = 0: never created.
resource "aws_s3_bucket_server_side_encryption_configuration" "disabled" {
  count  = 0
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
