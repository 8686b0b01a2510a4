variable "admin_cidr" {
  type = string
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  # Block remote administration from the internet first...
  ingress {
    rule_no    = 90
    action     = "deny"
    protocol   = "tcp"
    from_port  = 22
    to_port    = 22
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 91
    action     = "deny"
    protocol   = "tcp"
    from_port  = 3389
    to_port    = 3389
    cidr_block = "0.0.0.0/0"
  }

  # ...so this range only opens the other ports.
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    from_port  = 0
    to_port    = 1024
    cidr_block = "0.0.0.0/0"
  }

  # HTTPS and return traffic from anywhere.
  ingress {
    rule_no    = 110
    action     = "allow"
    protocol   = "tcp"
    from_port  = 443
    to_port    = 443
    cidr_block = "0.0.0.0/0"
  }

  ingress {
    rule_no    = 120
    action     = "allow"
    protocol   = "tcp"
    from_port  = 1024
    to_port    = 65535
    cidr_block = "10.0.0.0/8"
  }

  # All traffic out is egress, not ingress.
  egress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0"
  }
}

# SSH from an unknown source: decided by the caller.
resource "aws_network_acl_rule" "ssh_admin" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 130
  rule_action    = "allow"
  protocol       = "tcp"
  from_port      = 22
  to_port        = 22
  cidr_block     = var.admin_cidr
}

# Deny entries are not exposure.
resource "aws_network_acl_rule" "deny_all" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 32000
  rule_action    = "deny"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}

# count = 0: the rule does not exist.
resource "aws_network_acl_rule" "none" {
  count          = 0
  network_acl_id = aws_network_acl.public.id
  rule_number    = 140
  rule_action    = "allow"
  protocol       = "-1"
  cidr_block     = "0.0.0.0/0"
}
