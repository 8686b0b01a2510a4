resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01" # expect: AWS-ELB-002
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"
  }
}

# Without ssl_policy, the API applies ELBSecurityPolicy-2016-08 (TLS 1.0 and later).
resource "aws_lb_listener" "no_policy" { # expect: AWS-ELB-002
  load_balancer_arn = aws_lb.web.arn
  port              = 8443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"
  }
}

variable "ssl_policy" {
  default = "ELBSecurityPolicy-TLS13-1-0-2021-06"
}

# A TLS listener on a network load balancer.
resource "aws_alb_listener" "tls" {
  load_balancer_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/db/abc"
  port              = 5432
  protocol          = "TLS"
  ssl_policy        = var.ssl_policy # expect: AWS-ELB-002
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/db/abc"
  }
}
