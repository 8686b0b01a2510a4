variable "admin_cidr" {
  type = string
}

resource "aws_security_group" "windows" {
  name        = "windows"
  description = "Windows hosts"

  # RDP only from the corporate network.
  ingress {
    description = "RDP from the office"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["10.20.0.0/16"]
  }

  # Unknown source: decided by the caller, no finding.
  ingress {
    description = "RDP from the admin network"
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = [var.admin_cidr]
  }

  # HTTPS from anywhere is fine for this check.
  ingress {
    description = "HTTPS"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# count = 0: the rule does not exist.
resource "aws_security_group_rule" "disabled" {
  count             = 0
  type              = "ingress"
  from_port         = 3389
  to_port           = 3389
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.windows.id
}
