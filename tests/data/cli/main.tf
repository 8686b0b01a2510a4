variable "open" {
  type    = string
  default = "0.0.0.0/0"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 10
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Administrative access"

  ingress {
    description = "SSH"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.open]
  }
}
