resource "aws_lb" "missing" { # expect: AWS-ELB-004
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]
}

variable "deletion_protection" {
  default = false
}

resource "aws_alb" "from_variable" {
  name                       = "api"
  load_balancer_type         = "network"
  subnets                    = ["subnet-1a", "subnet-1b"]
  enable_deletion_protection = var.deletion_protection # expect: AWS-ELB-004
}
