resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

# Turned off explicitly.
resource "aws_s3_bucket_public_access_block" "off" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false # expect: AWS-S3-007
}

# Turned off through a variable default.
variable "restrict_public_buckets" {
  type    = bool
  default = false
}

resource "aws_s3_bucket_public_access_block" "from_variable" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = var.restrict_public_buckets # expect: AWS-S3-007
}

# Not set: the provider default is false.
resource "aws_s3_bucket_public_access_block" "unset" { # expect: AWS-S3-007
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
}

# The account-level block has the same setting and the same default.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = false # expect: AWS-S3-007
}
