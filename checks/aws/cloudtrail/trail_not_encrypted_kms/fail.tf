# No kms_key_id: log files get only S3-managed encryption.
resource "aws_cloudtrail" "main" { # expect: AWS-CT-003
  name                       = "main"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

variable "trail_key" {
  type    = string
  default = ""
}

# A bad value through a variable default.
resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = var.trail_key # expect: AWS-CT-003
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
