variable "tls" {
  type = string
}

resource "aws_docdb_cluster_parameter_group" "tls" {
  family = "docdb5.0"
  name   = "tls"

  parameter {
    name  = "tls"
    value = "tls1.2+"
  }
}

# TLS is on by default.
resource "aws_docdb_cluster_parameter_group" "audit_only" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

# Unknown at plan time: no finding.
resource "aws_docdb_cluster_parameter_group" "unknown" {
  family = "docdb5.0"
  name   = "configurable"

  parameter {
    name  = "tls"
    value = var.tls
  }
}

# count = 0: the group does not exist.
resource "aws_docdb_cluster_parameter_group" "disabled" {
  count  = 0
  family = "docdb5.0"
  name   = "unused"

  parameter {
    name  = "tls"
    value = "disabled"
  }
}
