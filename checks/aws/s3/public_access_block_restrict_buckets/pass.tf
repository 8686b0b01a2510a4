resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

# Every flag on.
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The value comes from a variable without a default: unknown, no finding.
variable "restrict_public_buckets" {
  type = bool
}

resource "aws_s3_bucket_public_access_block" "unknown" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict_public_buckets
}

# count = 0: never created.
resource "aws_s3_bucket_public_access_block" "disabled" {
  count                   = 0
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false
}
