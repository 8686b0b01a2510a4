resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  versioning {
    enabled = true
  }
}

# The status comes from a variable without a default: unknown, no finding.
variable "status" {
  type = string
}

resource "aws_s3_bucket" "unknown" {
  bucket = "example-unknown"
}

resource "aws_s3_bucket_versioning" "unknown" {
  bucket = aws_s3_bucket.unknown.id
  versioning_configuration {
    status = var.status
  }
}

# count = 0: never created.
resource "aws_s3_bucket_versioning" "disabled" {
  count  = 0
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Suspended"
  }
}

# Object Lock turns versioning on and keeps it on.
resource "aws_s3_bucket" "locked" {
  bucket              = "example-locked"
  object_lock_enabled = true
}
