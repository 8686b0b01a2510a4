resource "aws_lb" "web" {
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-1a", "subnet-1b"]
}

resource "aws_lb_target_group" "web" {
  name     = "web"
  port     = 8080
  protocol = "HTTP"
  vpc_id   = "vpc-123"
}

# Forwards application traffic over plain HTTP.
resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP" # expect: AWS-ELB-001

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

variable "listener_protocol" {
  default = "HTTP"
}

resource "aws_alb_listener" "from_variable" {
  load_balancer_arn = aws_lb.web.arn
  port              = 8080
  protocol          = var.listener_protocol # expect: AWS-ELB-001

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# No protocol on an application load balancer: the provider uses HTTP.
resource "aws_lb_listener" "default_protocol" { # expect: AWS-ELB-001
  load_balancer_arn = aws_lb.web.arn
  port              = 81

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

# A redirect without a protocol keeps the request's protocol, HTTP.
resource "aws_lb_listener" "redirect_same_protocol" {
  load_balancer_arn = aws_lb.web.arn
  port              = 82
  protocol          = "HTTP" # expect: AWS-ELB-001

  default_action {
    type = "redirect"
    redirect {
      port        = "8082"
      status_code = "HTTP_301"
    }
  }
}
