# Nothing declares how objects are encrypted at rest.
resource "aws_s3_bucket" "uploads" { # expect: AWS-S3-008
  bucket = "example-uploads"
}

# An encryption configuration exists, but for another bucket.
resource "aws_s3_bucket" "reports" { # expect: AWS-S3-008
  bucket = "example-reports"
}

resource "aws_s3_bucket" "encrypted" {
  bucket = "example-encrypted"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "encrypted" {
  bucket = aws_s3_bucket.encrypted.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
