resource "aws_vpc" "main" { # expect: AWS-VPC-001
  cidr_block = "10.0.0.0/16"
}

variable "enable_flow_log" {
  type    = bool
  default = false
}

resource "aws_vpc" "optional" { # expect: AWS-VPC-001
  cidr_block = "10.1.0.0/16"
}

# Off by default.
resource "aws_flow_log" "optional" {
  count           = var.enable_flow_log ? 1 : 0
  vpc_id          = aws_vpc.optional.id
  traffic_type    = "ALL"
  log_destination = "arn:aws:s3:::flow-logs-bucket"
}

# A flow log on a subnet does not cover the whole VPC.
resource "aws_subnet" "a" {
  vpc_id     = aws_vpc.main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_flow_log" "subnet" {
  subnet_id       = aws_subnet.a.id
  traffic_type    = "ALL"
  log_destination = "arn:aws:s3:::flow-logs-bucket"
}
