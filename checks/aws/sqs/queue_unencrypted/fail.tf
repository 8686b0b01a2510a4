resource "aws_sqs_queue" "plaintext" {
  name                    = "jobs"
  sqs_managed_sse_enabled = false # expect: AWS-SQS-001
}

variable "sse" {
  default = "false"
}

resource "aws_sqs_queue" "from_variable" {
  name                    = "results"
  kms_master_key_id       = ""
  sqs_managed_sse_enabled = var.sse # expect: AWS-SQS-001
}
