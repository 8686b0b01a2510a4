# No public access block refers to this bucket.
resource "aws_s3_bucket" "uploads" { # expect: AWS-S3-003
  bucket = "example-uploads"
}

# A public access block exists, but for another bucket.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-003
  bucket = "example-reports"
}

resource "aws_s3_bucket" "blocked" {
  bucket = "example-blocked"
}

resource "aws_s3_bucket_public_access_block" "blocked" {
  bucket                  = aws_s3_bucket.blocked.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# An account-level block that turns everything off does not cover the buckets.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls = false
}
