resource "aws_kms_key" "stream" {
  description         = "Kinesis"
  enable_key_rotation = true
}

resource "aws_kinesis_stream" "clicks" {
  name            = "clicks"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = aws_kms_key.stream.arn
}

# Not known statically: no finding.
variable "kms_key" {
  type = string
}

resource "aws_kinesis_stream" "orders" {
  name            = "orders"
  shard_count     = 2
  encryption_type = "KMS"
  kms_key_id      = var.kms_key
}

# Not encrypted at all: AWS-KINESIS-001 reports it, not this check.
resource "aws_kinesis_stream" "plain" {
  name        = "plain"
  shard_count = 1
}
