variable "master_password" {
  type      = string
  sensitive = true
}

variable "log_exports" {
  type = list(string)
}

resource "aws_docdb_cluster_parameter_group" "audit" {
  family = "docdb5.0"
  name   = "audit"

  parameter {
    name  = "audit_logs"
    value = "enabled"
  }
}

resource "aws_docdb_cluster" "audited" {
  cluster_identifier              = "orders"
  master_username                 = "app"
  master_password                 = var.master_password
  storage_encrypted               = true
  db_cluster_parameter_group_name = aws_docdb_cluster_parameter_group.audit.name
  enabled_cloudwatch_logs_exports = ["audit", "profiler"]
}

# Unknown at plan time: no finding.
resource "aws_docdb_cluster" "unknown" {
  cluster_identifier              = "catalog"
  master_username                 = "app"
  master_password                 = var.master_password
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports
}

# count = 0: the cluster does not exist.
resource "aws_docdb_cluster" "disabled" {
  count              = 0
  cluster_identifier = "unused"
  master_username    = "app"
  master_password    = var.master_password
}
