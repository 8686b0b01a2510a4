variable "policy" {
  type = string
}

data "aws_caller_identity" "current" {}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# The shape of the default topic policy: open principal, limited to this account.
resource "aws_sns_topic_policy" "default" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe", "SNS:GetTopicAttributes"]
      Resource  = aws_sns_topic.alerts.arn
      Condition = { StringEquals = { "AWS:SourceOwner" = data.aws_caller_identity.current.account_id } }
    }]
  })
}

# A service principal for a single bucket.
resource "aws_sns_topic" "uploads" {
  name              = "uploads"
  kms_master_key_id = "alias/aws/sns"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "SNS:Publish"
      Resource  = "*"
      Condition = { ArnLike = { "aws:SourceArn" = "arn:aws:s3:::upload-bucket" } }
    }]
  })
}

# The policy comes from a variable without a value: it cannot be known, so no finding.
resource "aws_sns_topic_policy" "unknown" {
  arn    = aws_sns_topic.alerts.arn
  policy = var.policy
}

# S3 event notifications: a service principal pinned to one bucket; the topic ARN is only
# known after apply.
data "aws_iam_policy_document" "s3_events" {
  statement {
    sid       = "AllowS3"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnEquals"
      variable = "aws:SourceArn"
      values   = ["arn:aws:s3:::upload-bucket"]
    }
  }
}

resource "aws_sns_topic_policy" "s3_events" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.s3_events.json
}
