variable "rdp_sources" {
  type    = list(string)
  default = ["0.0.0.0/0"]
}

resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Windows hosts"

  ingress {
    description = "RDP"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = var.rdp_sources # expect: AWS-EC2-002
  }
}

# RDP also runs over UDP 3389.
resource "aws_security_group_rule" "rdp_udp" {
  type              = "ingress"
  description       = "RDP UDP transport"
  from_port         = 3389
  to_port           = 3389
  protocol          = "udp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-002
  security_group_id = aws_security_group.windows.id
}

# A wide range that happens to contain 3389.
resource "aws_vpc_security_group_ingress_rule" "range" {
  security_group_id = aws_security_group.windows.id
  description       = "application ports"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-002
  from_port         = 3000
  to_port           = 4000
  ip_protocol       = "tcp"
}
