# Queue policies that name the queue ARN, only known after apply: the principal and the
# missing condition are known already.
resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

# jsonencode.
resource "aws_sqs_queue_policy" "encoded" {
  queue_url = aws_sqs_queue.jobs.id
  policy = jsonencode({ # expect: AWS-SQS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AnyoneCanSend"
      Effect    = "Allow"
      Principal = "*"
      Action    = "sqs:SendMessage"
      Resource  = aws_sqs_queue.jobs.arn
    }]
  })
}

# A heredoc.
resource "aws_sqs_queue_policy" "heredoc" {
  queue_url = aws_sqs_queue.jobs.id
  policy = ( # expect: AWS-SQS-002
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["sqs:ReceiveMessage", "sqs:DeleteMessage"],
     "Resource": "${aws_sqs_queue.jobs.arn}"}
  ]
}
EOF
  )
}

# A policy document data source that allows everyone outside its NotPrincipal.
data "aws_iam_policy_document" "not_principal" {
  statement {
    actions   = ["sqs:SendMessage"]
    resources = [aws_sqs_queue.jobs.arn]
    not_principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111122223333:root"]
    }
  }
}

resource "aws_sqs_queue_policy" "document" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.not_principal.json # expect: AWS-SQS-002
}
