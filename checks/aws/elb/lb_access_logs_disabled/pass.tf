variable "access_logs_enabled" {
  type = bool
}

resource "aws_lb" "logged" {
  name    = "web"
  subnets = ["subnet-1a", "subnet-1b"]

  access_logs {
    bucket  = "lb-logs"
    prefix  = "web"
    enabled = true
  }
}

# Unknown at plan time: no finding.
resource "aws_lb" "unknown" {
  name    = "api"
  subnets = ["subnet-1a", "subnet-1b"]

  access_logs {
    bucket  = "lb-logs"
    enabled = var.access_logs_enabled
  }
}

# A TCP-only network load balancer writes no access logs; a gateway load balancer has none.
resource "aws_lb" "tcp" {
  name               = "tcp"
  load_balancer_type = "network"
  subnets            = ["subnet-1a", "subnet-1b"]
}

resource "aws_lb" "gateway" {
  name               = "inspection"
  load_balancer_type = "gateway"
  subnets            = ["subnet-1a", "subnet-1b"]
}

# On a classic load balancer, an access_logs block is enabled unless it says otherwise.
resource "aws_elb" "classic" {
  name               = "classic"
  availability_zones = ["us-east-1a"]

  access_logs {
    bucket   = "lb-logs"
    interval = 60
  }

  listener {
    instance_port     = 8000
    instance_protocol = "http"
    lb_port           = 80
    lb_protocol       = "http"
  }
}

# count = 0: the load balancer does not exist.
resource "aws_lb" "disabled" {
  count   = 0
  name    = "off"
  subnets = ["subnet-1a", "subnet-1b"]
}
