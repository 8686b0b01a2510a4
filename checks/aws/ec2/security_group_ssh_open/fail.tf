locals {
  anywhere = "0.0.0.0/0"
}

resource "aws_security_group" "web" {
  name = "web"

  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", local.anywhere] # expect: AWS-EC2-001
  }

  ingress {
    from_port        = 0
    to_port          = 0
    protocol         = "-1"
    ipv6_cidr_blocks = ["::/0"] # expect: AWS-EC2-001
  }
}

resource "aws_security_group_rule" "range" {
  type              = "ingress"
  from_port         = 20
  to_port           = 30
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"] # expect: AWS-EC2-001
  security_group_id = aws_security_group.web.id
}

resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.web.id
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-001
  from_port         = 22
  to_port           = 22
  ip_protocol       = "tcp"
}
