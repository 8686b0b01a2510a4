variable "protocol" {
  type = string
}

variable "nlb_arn" {
  type = string
}

resource "aws_lb" "web" {
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]
}

resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-1a", "subnet-1b"]
}

# Port 80 only redirects to HTTPS.
resource "aws_lb_listener" "http_redirect" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      protocol    = "HTTPS"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.web.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = "arn:aws:acm:us-east-1:123456789012:certificate/abc"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"
  }
}

# The protocol is not known statically: no finding.
resource "aws_lb_listener" "unknown" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = var.protocol

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"
  }
}

# A network load balancer's listener without a protocol is not HTTP.
resource "aws_lb_listener" "tcp" {
  load_balancer_arn = aws_lb.tcp.arn
  port              = 5432

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/db/abc"
  }
}

# The load balancer is not in this module, so its type (and the default protocol) is unknown.
resource "aws_lb_listener" "elsewhere" {
  load_balancer_arn = var.nlb_arn
  port              = 9000

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/x/abc"
  }
}

# count = 0: the listener does not exist.
resource "aws_lb_listener" "disabled" {
  count             = 0
  load_balancer_arn = aws_lb.web.arn
  port              = 8081
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web/abc"
  }
}
