resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

locals {
  vpc_id = aws_vpc.main.id
}

resource "aws_flow_log" "main" {
  vpc_id               = local.vpc_id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs-bucket"
}

# count = 0: the VPC does not exist.
resource "aws_vpc" "none" {
  count      = 0
  cidr_block = "10.2.0.0/16"
}
