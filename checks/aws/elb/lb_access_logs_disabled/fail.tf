resource "aws_lb" "no_logs" { # expect: AWS-ELB-005
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]
}

# Naming a bucket is not enough: `enabled` defaults to false.
resource "aws_lb" "bucket_only" {
  name    = "api"
  subnets = ["subnet-1a", "subnet-1b"]

  access_logs { # expect: AWS-ELB-005
    bucket = "lb-logs"
  }
}

variable "access_logs_enabled" {
  default = false
}

resource "aws_alb" "from_variable" {
  name    = "admin"
  subnets = ["subnet-1a", "subnet-1b"]

  access_logs {
    bucket  = "lb-logs"
    enabled = var.access_logs_enabled # expect: AWS-ELB-005
  }
}

# A network load balancer terminating TLS.
resource "aws_lb" "tls" { # expect: AWS-ELB-005
  name               = "db"
  load_balancer_type = "network"
  subnets            = ["subnet-1a", "subnet-1b"]
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.tls.arn
  port              = 5432
  protocol          = "TLS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/db/abc"
  }
}

resource "aws_elb" "classic" { # expect: AWS-ELB-005
  name               = "classic"
  availability_zones = ["us-east-1a"]

  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}
