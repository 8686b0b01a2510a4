# Topic policies that name ARNs only known after apply, with a principal or condition that
# keeps the topic private: no finding.
resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_s3_bucket" "uploads" {
  bucket = "example-uploads"
}

variable "publishers" {
  type = list(string)
}

# S3 may publish, for one bucket only.
resource "aws_sns_topic_policy" "from_bucket" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "SNS:Publish"
      Resource  = aws_sns_topic.alerts.arn
      Condition = { ArnLike = { "aws:SourceArn" = aws_s3_bucket.uploads.arn } }
    }]
  })
}

# The publishers are unknown.
data "aws_iam_policy_document" "publishers" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "AWS"
      identifiers = var.publishers
    }
  }
}

resource "aws_sns_topic_policy" "document" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.publishers.json
}
