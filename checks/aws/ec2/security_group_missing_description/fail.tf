resource "aws_security_group" "web" { # expect: AWS-EC2-006
  name = "web"

  ingress { # expect: AWS-EC2-006
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    description = "" # expect: AWS-EC2-006
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

variable "sg_description" {
  type    = string
  default = "Managed by Terraform"
}

resource "aws_security_group" "placeholder" {
  name        = "placeholder"
  description = var.sg_description # expect: AWS-EC2-006
}

resource "aws_security_group_rule" "ssh" { # expect: AWS-EC2-006
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_egress_rule" "all" { # expect: AWS-EC2-006
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "-1"
}
