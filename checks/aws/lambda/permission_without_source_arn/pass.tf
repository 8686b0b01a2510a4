variable "source_arn" {
  type = string
}

resource "aws_sns_topic" "alerts" {
  name = "alerts"
}

resource "aws_lambda_permission" "sns" {
  statement_id  = "AllowSNSInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "notify"
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.alerts.arn
}

resource "aws_lambda_permission" "s3_account" {
  statement_id   = "AllowS3Invoke"
  action         = "lambda:InvokeFunction"
  function_name  = "thumbnails"
  principal      = "s3.amazonaws.com"
  source_account = "123456789012"
}

# Unknown at plan time: no finding.
resource "aws_lambda_permission" "unknown" {
  statement_id  = "AllowEventsInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "nightly"
  principal     = "events.amazonaws.com"
  source_arn    = var.source_arn
}

# An account principal is not a service: the account is already named.
resource "aws_lambda_permission" "account" {
  statement_id  = "AllowPartnerInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "partner"
  principal     = "210987654321"
}

# count = 0: the permission does not exist.
resource "aws_lambda_permission" "disabled" {
  count         = 0
  statement_id  = "AllowS3Invoke"
  action        = "lambda:InvokeFunction"
  function_name = "unused"
  principal     = "s3.amazonaws.com"
}

# The ARN comes from a resource through try(): computed at apply time, not missing.
resource "aws_s3_bucket" "uploads" {
  bucket = "uploads"
}

resource "aws_lambda_permission" "computed" {
  statement_id  = "AllowS3Invoke"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
  source_arn    = try(aws_s3_bucket.uploads.arn, null)
}
