resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# Anyone can publish to and subscribe to the topic.
resource "aws_sns_topic_policy" "open" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # expect: AWS-SNS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe"]
      Resource  = "arn:aws:sns:us-east-1:111122223333:alerts"
    }]
  })
}

# Inline policy on the topic, from a policy document data source.
data "aws_iam_policy_document" "open" {
  statement {
    sid       = "PublicPublish"
    actions   = ["sns:Publish"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic" "inline" {
  name              = "orders"
  kms_master_key_id = "alias/aws/sns"
  policy            = data.aws_iam_policy_document.open.json # expect: AWS-SNS-002
}

# Everyone except one account may publish; the topic ARN is only known after apply.
data "aws_iam_policy_document" "all_but_one" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_sns_topic_policy" "all_but_one" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.all_but_one.json # expect: AWS-SNS-002
}
