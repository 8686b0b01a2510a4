resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# Anyone can send messages to the queue.
resource "aws_sqs_queue_policy" "open" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # expect: AWS-SQS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneCanSend"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = "arn:aws:sqs:us-east-1:111122223333:jobs"
    }]
  })
}

# The same through an inline policy on the queue.
resource "aws_sqs_queue" "inline" {
  name = "results"
  policy = jsonencode({ # expect: AWS-SQS-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
      Resource  = "*"
    }]
  })
}

# Rendered from a policy document data source.
data "aws_iam_policy_document" "open" {
  statement {
    actions   = ["sqs:*"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "from_document" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.open.json # expect: AWS-SQS-002
}

# The document names the queue ARN, which is only known after apply: the principal and the
# missing condition are still plain to see.
data "aws_iam_policy_document" "open_to_queue" {
  statement {
    sid       = "AnyoneCanConsume"
    actions   = ["sqs:ReceiveMessage", "sqs:DeleteMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_sqs_queue_policy" "open_to_queue" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.open_to_queue.json # expect: AWS-SQS-002
}
