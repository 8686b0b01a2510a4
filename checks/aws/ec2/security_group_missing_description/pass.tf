variable "description" {
  type = string
}

variable "extra_rules" {
  type = list(any)
}

resource "aws_security_group" "web" {
  name        = "web"
  description = "Public web servers behind the load balancer"

  ingress {
    description = "HTTPS from the load balancer subnets"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/20"]
  }

  # Rules from an unknown collection: nothing to say about them.
  dynamic "egress" {
    for_each = var.extra_rules
    content {
      from_port   = egress.value.from_port
      to_port     = egress.value.to_port
      protocol    = egress.value.protocol
      cidr_blocks = egress.value.cidr_blocks
    }
  }
}

# Unknown description: decided by the caller.
resource "aws_security_group" "caller" {
  name        = "caller"
  description = var.description
}

resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  description       = "SSH from the bastion subnet"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  cidr_blocks       = ["10.0.8.0/24"]
  security_group_id = aws_security_group.web.id
}

# count = 0: the rule does not exist.
resource "aws_security_group_rule" "disabled" {
  count             = 0
  type              = "ingress"
  from_port         = 80
  to_port           = 80
  protocol          = "tcp"
  cidr_blocks       = ["10.0.0.0/8"]
  security_group_id = aws_security_group.web.id
}
