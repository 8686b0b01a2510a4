variable "sse" {
  type = bool
}

# Nothing set: SQS encrypts new queues with SQS-owned keys by default.
resource "aws_sqs_queue" "default" {
  name = "jobs"
}

resource "aws_sqs_queue" "sse_sqs" {
  name                    = "results"
  sqs_managed_sse_enabled = true
}

resource "aws_sqs_queue" "kms" {
  name                              = "payments"
  kms_master_key_id                 = "alias/payments-queue"
  kms_data_key_reuse_period_seconds = 300
}

# Unknown until plan time: no finding.
resource "aws_sqs_queue" "unknown" {
  name                    = "events"
  sqs_managed_sse_enabled = var.sse
}

# count = 0: the resource does not exist.
resource "aws_sqs_queue" "disabled" {
  count                   = 0
  name                    = "scratch"
  sqs_managed_sse_enabled = false
}
