# Events only go to S3: nothing can alert on them as they happen.
resource "aws_cloudtrail" "main" { # expect: AWS-CT-004
  name                       = "main"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

locals {
  log_group_arn = ""
}

# A bad value through a local.
resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = local.log_group_arn # expect: AWS-CT-004
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
