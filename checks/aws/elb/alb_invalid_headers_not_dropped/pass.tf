variable "drop_invalid_headers" {
  type = bool
}

variable "lb_type" {
  type = string
}

resource "aws_lb" "web" {
  name                       = "web"
  load_balancer_type         = "application"
  subnets                    = ["subnet-1a", "subnet-1b"]
  drop_invalid_header_fields = true
}

# Unknown at plan time: no finding.
resource "aws_lb" "unknown" {
  name                       = "api"
  subnets                    = ["subnet-1a", "subnet-1b"]
  drop_invalid_header_fields = var.drop_invalid_headers
}

# Network load balancers do not parse HTTP.
resource "aws_lb" "network" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-1a", "subnet-1b"]
}

# The type is not known statically: no finding.
resource "aws_lb" "unknown_type" {
  name               = "any"
  load_balancer_type = var.lb_type
  subnets            = ["subnet-1a", "subnet-1b"]
}

# count = 0: the load balancer does not exist.
resource "aws_lb" "disabled" {
  count   = 0
  name    = "off"
  subnets = ["subnet-1a", "subnet-1b"]
}
