variable "protocol" {
  type    = string
  default = "-1"
}

resource "aws_security_group" "open" {
  name        = "open"
  description = "Everything from everywhere"

  ingress {
    description = "all traffic"
    from_port   = 0
    to_port     = 0
    protocol    = var.protocol
    cidr_blocks = ["0.0.0.0/0"] # expect: AWS-EC2-004
  }
}

# Every TCP port.
resource "aws_security_group_rule" "all_tcp" {
  type              = "ingress"
  description       = "all TCP"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-004
  security_group_id = aws_security_group.open.id
}

resource "aws_vpc_security_group_ingress_rule" "all" {
  security_group_id = aws_security_group.open.id
  description       = "all traffic"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-004
  ip_protocol       = "-1"
}
