# No access logging for this bucket.
resource "aws_s3_bucket" "uploads" { # expect: AWS-S3-011
  bucket = "example-uploads"
}

# Another bucket is logged; this one is neither logged nor a log target.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-011
  bucket = "example-reports"
}

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
