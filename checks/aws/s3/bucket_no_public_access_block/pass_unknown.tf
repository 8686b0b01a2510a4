# The public access block targets a bucket name that is not known here: it might be this
# bucket, so no finding.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "maybe" {
  bucket = "example-maybe"
}

resource "aws_s3_bucket_public_access_block" "somewhere" {
  bucket                  = var.bucket_name
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}
