# Not set: validation is off by default.
resource "aws_cloudtrail" "main" { # expect: AWS-CT-002
  name                       = "main"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

variable "validate" {
  type    = bool
  default = false
}

# A bad value through a variable default.
resource "aws_cloudtrail" "audit" {
  name                       = "audit"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = var.validate # expect: AWS-CT-002
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}
