variable "kms_key" {
  type = string
}

resource "aws_kms_key" "topics" {
  description         = "SNS topics"
  enable_key_rotation = true
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = "alias/aws/sns"
}

resource "aws_sns_topic" "orders" {
  name              = "orders"
  kms_master_key_id = aws_kms_key.topics.arn
}

# Unknown until plan time: no finding.
resource "aws_sns_topic" "unknown" {
  name              = "events"
  kms_master_key_id = var.kms_key
}

# count = 0: the resource does not exist.
resource "aws_sns_topic" "disabled" {
  count = 0
  name  = "scratch"
}
