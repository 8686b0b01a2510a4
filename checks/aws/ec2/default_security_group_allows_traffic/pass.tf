resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

# No rules: Terraform removes every rule from the default group.
resource "aws_default_security_group" "default" {
  vpc_id = aws_vpc.main.id
}

variable "default_ingress" {
  type    = list(map(string))
  default = []
}

variable "default_egress" {
  type = list(map(string))
}

resource "aws_default_security_group" "from_variables" {
  vpc_id = aws_vpc.main.id

  # Empty by default: no rule.
  dynamic "ingress" {
    for_each = var.default_ingress
    content {
      from_port   = ingress.value.from_port
      to_port     = ingress.value.to_port
      protocol    = ingress.value.protocol
      cidr_blocks = [ingress.value.cidr_blocks]
    }
  }

  # Unknown collection: may be empty, no finding.
  dynamic "egress" {
    for_each = var.default_egress
    content {
      from_port   = egress.value.from_port
      to_port     = egress.value.to_port
      protocol    = egress.value.protocol
      cidr_blocks = [egress.value.cidr_blocks]
    }
  }
}

resource "aws_security_group" "app" {
  name        = "app"
  description = "Application servers"
  vpc_id      = aws_vpc.main.id
}

# Rules on a purpose-built group are fine.
resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.app.id
  cidr_ipv4         = "10.0.0.0/8"
  from_port         = 443
  to_port           = 443
  ip_protocol       = "tcp"
}
