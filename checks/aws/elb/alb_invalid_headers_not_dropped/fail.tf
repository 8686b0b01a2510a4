# load_balancer_type defaults to "application"; drop_invalid_header_fields defaults to false.
resource "aws_lb" "default" { # expect: AWS-ELB-003
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]
}

variable "drop_invalid_headers" {
  type    = bool
  default = false
}

resource "aws_alb" "from_variable" {
  name                       = "api"
  load_balancer_type         = "application"
  subnets                    = ["subnet-1a", "subnet-1b"]
  drop_invalid_header_fields = var.drop_invalid_headers # expect: AWS-ELB-003
}
