resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id

  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    from_port  = 0
    to_port    = 0
    cidr_block = "0.0.0.0/0" # expect: AWS-VPC-003
  }
}

variable "inbound_acl_rules" {
  type = list(map(string))
  default = [
    {
      rule_number = 100
      rule_action = "allow"
      from_port   = 0
      to_port     = 1024
      protocol    = "tcp"
      cidr_block  = "0.0.0.0/0"
    },
  ]
}

resource "aws_network_acl" "private" {
  vpc_id = aws_vpc.main.id
}

# The terraform-aws-vpc pattern: rules from a list of maps.
resource "aws_network_acl_rule" "private_inbound" {
  count          = length(var.inbound_acl_rules)
  network_acl_id = aws_network_acl.private.id
  egress         = false
  rule_number    = var.inbound_acl_rules[count.index]["rule_number"]
  rule_action    = var.inbound_acl_rules[count.index]["rule_action"]
  from_port      = lookup(var.inbound_acl_rules[count.index], "from_port", null)
  to_port        = lookup(var.inbound_acl_rules[count.index], "to_port", null)
  protocol       = var.inbound_acl_rules[count.index]["protocol"]
  cidr_block     = lookup(var.inbound_acl_rules[count.index], "cidr_block", null) # expect: AWS-VPC-003
}

# RDP over IPv6. The deny comes after the allow, so it does not help.
resource "aws_network_acl_rule" "rdp_v6" {
  network_acl_id  = aws_network_acl.private.id
  rule_number     = 200
  rule_action     = "allow"
  protocol        = "tcp"
  from_port       = 3389
  to_port         = 3389
  ipv6_cidr_block = "::/0" # expect: AWS-VPC-003
}

resource "aws_network_acl_rule" "rdp_v6_deny_too_late" {
  network_acl_id  = aws_network_acl.private.id
  rule_number     = 300
  rule_action     = "deny"
  protocol        = "tcp"
  from_port       = 3389
  to_port         = 3389
  ipv6_cidr_block = "::/0"
}
