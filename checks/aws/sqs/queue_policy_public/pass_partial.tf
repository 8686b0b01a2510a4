# Queue policies that name ARNs only known after apply, with a principal or condition that
# keeps the queue private: no finding.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_sns_topic" "uploads" {
  name = "uploads"
}

variable "effect" {
  type = string
}

# Open principal pinned to one topic by a condition on its ARN.
resource "aws_sqs_queue_policy" "from_topic" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
      Condition = { ArnEquals = { "aws:SourceArn" = aws_sns_topic.uploads.arn } }
    }]
  })
}

# The effect is unknown: it might be Deny.
resource "aws_sqs_queue_policy" "heredoc" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = <<EOF
{"Statement": [{"Effect": "${var.effect}", "Principal": "*", "Action": "sqs:*", "Resource": "${aws_sqs_queue.jobs.arn}"}]}
EOF
}
