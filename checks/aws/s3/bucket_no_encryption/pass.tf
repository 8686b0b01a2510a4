variable "kms_key_arn" {
  type = string
}

# The split resource (AWS provider v4+).
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
  }
}

# The legacy inline block.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}

# count = 0: the bucket does not exist.
resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "example-disabled"
}
