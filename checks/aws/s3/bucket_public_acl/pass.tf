variable "acl" {
  type = string
}

resource "aws_s3_bucket" "private" {
  bucket = "private-data"
  acl    = "private"
}

# The ACL comes from a variable with no value: it cannot be known, so no finding.
resource "aws_s3_bucket_acl" "unknown" {
  bucket = aws_s3_bucket.private.id
  acl    = var.acl
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = aws_s3_bucket.private.id
  acl    = "log-delivery-write"
}
