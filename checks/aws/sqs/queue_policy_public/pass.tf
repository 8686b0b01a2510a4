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
