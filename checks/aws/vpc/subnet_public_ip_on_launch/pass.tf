variable "map_public_ip_on_launch" {
  type = bool
}

# Defaults to false.
resource "aws_subnet" "private" {
  vpc_id     = "vpc-0123456789abcdef0"
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "explicit" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.2.0/24"
  map_public_ip_on_launch = false
}

# Unknown: decided by the caller.
resource "aws_subnet" "unknown" {
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.3.0/24"
  map_public_ip_on_launch = var.map_public_ip_on_launch
}

# count = 0: the subnet does not exist.
resource "aws_subnet" "none" {
  count                   = 0
  vpc_id                  = "vpc-0123456789abcdef0"
  cidr_block              = "10.0.4.0/24"
  map_public_ip_on_launch = true
}
