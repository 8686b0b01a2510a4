# The encryption configuration targets a bucket that is not known here: it might be this one.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "maybe" {
  bucket = "example-maybe"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "somewhere" {
  bucket = var.bucket_name
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}
