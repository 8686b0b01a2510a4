# No KMS key: messages are stored unencrypted.
resource "aws_sns_topic" "alerts" { # expect: AWS-SNS-001
  name = "alerts"
}

variable "kms_key" {
  default = ""
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = var.kms_key # expect: AWS-SNS-001
}
