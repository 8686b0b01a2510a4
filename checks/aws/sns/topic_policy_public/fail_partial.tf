# Topic policies that name the topic ARN, only known after apply: the principal and the
# missing condition are known already.
resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

# jsonencode.
resource "aws_sns_topic_policy" "encoded" {
  arn = aws_sns_topic.alerts.arn
  policy = jsonencode({ # expect: AWS-SNS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["SNS:Publish", "SNS:Subscribe"]
      Resource  = aws_sns_topic.alerts.arn
    }]
  })
}

# A heredoc.
resource "aws_sns_topic_policy" "heredoc" {
  arn = aws_sns_topic.alerts.arn
  policy = ( # expect: AWS-SNS-002
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "${aws_sns_topic.alerts.arn}"}
  ]
}
EOF
  )
}

# A policy document data source.
data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sns_topic_policy" "document" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.open.json # expect: AWS-SNS-002
}
