# Block Public Access is set for the whole account in the same configuration.
resource "aws_s3_account_public_access_block" "account" {
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket" "covered" {
  bucket = "example-covered"
}
