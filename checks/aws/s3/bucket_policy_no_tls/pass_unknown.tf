# A bucket policy targets a bucket that is not known here: it might be this one.
variable "bucket_name" {
  type = string
}

variable "policy" {
  type = string
}

resource "aws_s3_bucket" "maybe" {
  bucket = "example-maybe"
}

resource "aws_s3_bucket_policy" "somewhere" {
  bucket = var.bucket_name
  policy = var.policy
}
