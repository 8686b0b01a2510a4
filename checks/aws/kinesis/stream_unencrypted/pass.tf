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
variable "encryption" {
  type = string
}

resource "aws_kinesis_stream" "orders" {
  name            = "orders"
  shard_count     = 2
  encryption_type = var.encryption
}

# count = 0: the stream does not exist.
resource "aws_kinesis_stream" "old" {
  count       = 0
  name        = "old"
  shard_count = 1
}
