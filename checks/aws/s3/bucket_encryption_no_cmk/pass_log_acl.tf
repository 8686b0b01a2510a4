# A bucket receiving S3 server access logs (log-delivery-write ACL): only SSE-S3 works there.
resource "aws_s3_bucket" "access_logs" {
  bucket = "example-access-logs"
  acl    = "log-delivery-write"

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
