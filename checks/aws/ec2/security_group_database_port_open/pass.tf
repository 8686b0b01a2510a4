variable "app_cidr" {
  type = string
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database servers"

  # Only the application tier may connect.
  ingress {
    description     = "MySQL from the app tier"
    from_port       = 3306
    to_port         = 3306
    protocol        = "tcp"
    security_groups = [aws_security_group.app.id]
  }

  # Private network only.
  ingress {
    description = "PostgreSQL from the VPC"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/16"]
  }

  # Unknown source: no finding.
  ingress {
    description = "MongoDB"
    from_port   = 27017
    to_port     = 27017
    protocol    = "tcp"
    cidr_blocks = [var.app_cidr]
  }
}

# UDP to a TCP-only database port is not a database exposure.
resource "aws_security_group_rule" "udp" {
  type              = "ingress"
  description       = "UDP probe"
  from_port         = 5432
  to_port           = 5432
  protocol          = "udp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.db.id
}

# count = 0: the rule does not exist.
resource "aws_security_group_rule" "disabled" {
  count             = 0
  type              = "ingress"
  from_port         = 6379
  to_port           = 6379
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
  security_group_id = aws_security_group.db.id
}
