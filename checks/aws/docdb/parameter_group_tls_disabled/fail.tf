resource "aws_docdb_cluster_parameter_group" "legacy" {
  family      = "docdb5.0"
  name        = "legacy-clients"
  description = "Old drivers without TLS support"

  parameter {
    name  = "tls"
    value = "disabled" # expect: AWS-DOCDB-004
  }
}

variable "tls" {
  type    = string
  default = "disabled"
}

resource "aws_docdb_cluster_parameter_group" "from_variable" {
  family = "docdb5.0"
  name   = "configurable"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }

  parameter {
    name  = "tls"
    value = var.tls # expect: AWS-DOCDB-004
  }
}
