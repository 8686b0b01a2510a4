resource "aws_subnet" "public" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true # expect: AWS-VPC-002
}

variable "map_public_ip_on_launch" {
  type    = bool
  default = true
}

resource "aws_subnet" "from_variable" {
  count                   = 2 # one finding per subnet
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = cidrsubnet("10.0.0.0/16", 8, count.index + 10)
  map_public_ip_on_launch = var.map_public_ip_on_launch # expect: AWS-VPC-002, AWS-VPC-002
}
