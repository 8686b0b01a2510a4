resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

# Turned off explicitly.
resource "aws_s3_bucket_public_access_block" "off" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = false # expect: AWS-S3-005
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Turned off through a variable default.
variable "block_public_policy" {
  type    = bool
  default = false
}

resource "aws_s3_bucket_public_access_block" "from_variable" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = var.block_public_policy # expect: AWS-S3-005
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# Not set: the provider default is false.
resource "aws_s3_bucket_public_access_block" "unset" { # expect: AWS-S3-005
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The account-level block has the same setting and the same default.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = false # expect: AWS-S3-005
  ignore_public_acls      = true
  restrict_public_buckets = true
}
