# encryption_type defaults to NONE.
resource "aws_kinesis_stream" "clicks" { # expect: AWS-KINESIS-001
  name             = "clicks"
  retention_period = 24

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

variable "encryption" {
  default = "NONE"
}

resource "aws_kinesis_stream" "orders" {
  name            = "orders"
  shard_count     = 2
  encryption_type = var.encryption # expect: AWS-KINESIS-001
}
