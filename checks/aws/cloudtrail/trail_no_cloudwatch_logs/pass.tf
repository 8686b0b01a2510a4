variable "setting" {
  type = string
}

# Every trail setting in place.
resource "aws_cloudtrail" "main" {
  name                       = "main"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:123456789012:log-group:cloudtrail:*"
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

# Unknown at plan time (variable without a value): no finding.
resource "aws_cloudtrail" "external" {
  name                       = "external"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  cloud_watch_logs_group_arn = var.setting
  cloud_watch_logs_role_arn  = "arn:aws:iam::123456789012:role/cloudtrail-to-logs"
}

# count = 0: the resource does not exist.
resource "aws_cloudtrail" "disabled" {
  count                      = 0
  name                       = "disabled"
  s3_bucket_name             = "org-cloudtrail-logs"
  is_multi_region_trail      = true
  enable_log_file_validation = true
  kms_key_id                 = "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}
