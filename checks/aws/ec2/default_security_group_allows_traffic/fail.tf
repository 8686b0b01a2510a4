resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id

  # The AWS defaults, kept by hand: members talk to each other, all egress allowed.
  ingress { # expect: AWS-EC2-005
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }

  egress { # expect: AWS-EC2-005
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

variable "default_ingress" {
  type = list(map(string))
  default = [
    { from_port = "443", to_port = "443", protocol = "tcp", cidr_blocks = "10.0.0.0/8" },
  ]
}

resource "aws_default_security_group" "from_variable" {
  vpc_id = aws_vpc.main.id

  dynamic "ingress" { # expect: AWS-EC2-005
    for_each = var.default_ingress
    content {
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      protocol    = ingress.value.protocol
      cidr_blocks = [ingress.value.cidr_blocks]
    }
  }
}

# A separate rule resource attached to the default group.
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_default_security_group.default.id # expect: AWS-EC2-005
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
