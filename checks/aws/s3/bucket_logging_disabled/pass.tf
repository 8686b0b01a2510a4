# Logged through the split resource; the log bucket itself is not expected to be logged.
resource "aws_s3_bucket" "data" {
  bucket = "example-data"
}

resource "aws_s3_bucket" "logs" {
  bucket = "example-access-logs"
}

resource "aws_s3_bucket_logging" "data" {
  bucket        = aws_s3_bucket.data.id
  target_bucket = aws_s3_bucket.logs.id
  target_prefix = "data/"
}

# The legacy inline block, logging into a bucket named literally.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  logging {
    target_bucket = "example-legacy-logs"
    target_prefix = "legacy/"
  }
}

resource "aws_s3_bucket" "legacy_logs" {
  bucket = "example-legacy-logs"
}

# A log bucket recognised by its ACL.
resource "aws_s3_bucket" "elb_and_s3_logs" {
  bucket = "example-log-delivery"
}

resource "aws_s3_bucket_acl" "elb_and_s3_logs" {
  bucket = aws_s3_bucket.elb_and_s3_logs.id
  acl    = "log-delivery-write"
}

# count = 0: the bucket does not exist.
resource "aws_s3_bucket" "disabled" {
  count  = 0
  bucket = "example-disabled"
}
