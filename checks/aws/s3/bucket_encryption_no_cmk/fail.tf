# SSE-S3 through the split resource.
resource "aws_s3_bucket" "sse_s3" {
  bucket = "example-sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256" # expect: AWS-S3-009
    }
  }
}

# SSE-KMS with the AWS managed key: no kms_master_key_id; the algorithm from a variable default.
variable "sse_algorithm" {
  default = "aws:kms"
}

resource "aws_s3_bucket" "aws_managed" {
  bucket = "example-aws-managed"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "aws_managed" {
  bucket = aws_s3_bucket.aws_managed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = var.sse_algorithm # expect: AWS-S3-009
    }
    bucket_key_enabled = true
  }
}

# The legacy inline block naming the aws/s3 alias.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = "alias/aws/s3" # expect: AWS-S3-009
      }
    }
  }
}

# No encryption configuration at all: S3 applies SSE-S3.
resource "aws_s3_bucket" "bare" { # expect: AWS-S3-009
  bucket = "example-bare"
}
