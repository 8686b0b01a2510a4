variable "policy" {
  type = string
}

resource "aws_sns_topic" "uploads" {
  name = "uploads"
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# Open principal, but only the named SNS topic can deliver: the condition pins the source.
resource "aws_sqs_queue_policy" "from_topic" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "sns.amazonaws.com" }
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.uploads.arn } }
    }, {
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-a1b2c3d4e5" } }
    }]
  })
}

# A named account.
resource "aws_sqs_queue" "inline" {
  name = "results"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "sqs:ReceiveMessage"
      Resource  = "*"
    }]
  })
}

# The policy comes from a variable without a value: it cannot be known, so no finding.
resource "aws_sqs_queue_policy" "unknown" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = var.policy
}

# S3 event notifications: a service principal pinned to one bucket; the queue ARN is only
# known after apply.
data "aws_iam_policy_document" "s3_events" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
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

resource "aws_sqs_queue_policy" "s3_events" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.s3_events.json
}

# Open principal, narrowed by a condition; the topic ARN is only known after apply.
data "aws_iam_policy_document" "org_only" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_sqs_queue_policy" "org_only" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.org_only.json
}
