# The flow log's target comes from outside this module: it may be this VPC.
variable "vpc_id" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_flow_log" "external" {
  vpc_id          = var.vpc_id
  traffic_type    = "ALL"
  log_destination = "arn:aws:s3:::flow-logs-bucket"
}
