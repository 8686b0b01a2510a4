locals {
  anywhere = ["0.0.0.0/0"]
}

resource "aws_security_group" "db" {
  name        = "db"
  description = "Database servers"

  ingress {
    description = "PostgreSQL"
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = local.anywhere # expect: AWS-EC2-003
  }
}

variable "redis_port" {
  type    = number
  default = 6379
}

resource "aws_security_group_rule" "redis" {
  type              = "ingress"
  description       = "Redis"
  from_port         = var.redis_port
  to_port           = var.redis_port
  protocol          = "tcp"
  ipv6_cidr_blocks  = ["::/0"] # expect: AWS-EC2-003
  security_group_id = aws_security_group.db.id
}

# Memcached over UDP is also an amplification vector.
resource "aws_vpc_security_group_ingress_rule" "memcached" {
  security_group_id = aws_security_group.db.id
  description       = "Memcached"
  cidr_ipv4         = "0.0.0.0/0" # expect: AWS-EC2-003
  from_port         = 11211
  to_port           = 11211
  ip_protocol       = "udp"
}
