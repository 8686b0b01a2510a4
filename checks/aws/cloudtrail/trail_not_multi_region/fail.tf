# Not set: the Terraform default is a single-region trail.
resource "aws_cloudtrail" "main" { # expect: AWS-CT-001
  name                       = "main"
  s3_bucket_name             = "org-cloudtrail-logs"
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

locals {
  multi_region = false
}

# A bad value through a local.
resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = local.multi_region # expect: AWS-CT-001
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
