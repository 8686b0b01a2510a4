# By reference.
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# By the same literal bucket name.
resource "aws_s3_bucket" "named" {
  bucket = "example-named"
}

resource "aws_s3_bucket_public_access_block" "named" {
  bucket                  = "example-named"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# count = 0: the bucket does not exist.
resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "example-disabled"
}
