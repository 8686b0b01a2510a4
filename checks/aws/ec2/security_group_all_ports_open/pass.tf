variable "sources" {
  type = list(string)
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Web servers"

  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # All traffic, but only inside the VPC.
  ingress {
    description = "VPC internal"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["10.0.0.0/16"]
  }

  # Unknown sources: no finding.
  ingress {
    description = "all from the caller's networks"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = var.sources
  }

  # Egress to everywhere is not ingress.
  egress {
    description = "all outbound"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# count = 0: the rule does not exist.
resource "aws_security_group_rule" "disabled" {
  count             = 0
  type              = "ingress"
  from_port         = 0
  to_port           = 65535
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.web.id
}
