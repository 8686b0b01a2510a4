# The versioning resource targets a bucket that is not known here: it might be this one.
variable "bucket_name" {
  type = string
}

resource "aws_s3_bucket" "maybe" {
  bucket = "example-maybe"
}

resource "aws_s3_bucket_versioning" "somewhere" {
  bucket = var.bucket_name
  versioning_configuration {
    status = "Enabled"
  }
}
