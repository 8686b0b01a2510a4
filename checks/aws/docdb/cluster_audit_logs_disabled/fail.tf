variable "master_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "default" { # expect: AWS-DOCDB-002
  cluster_identifier = "orders"
  master_username    = "app"
  master_password    = var.master_password
  storage_encrypted  = true
}

variable "log_exports" {
  type    = list(string)
  default = ["profiler"]
}

resource "aws_docdb_cluster" "profiler_only" {
  cluster_identifier              = "catalog"
  master_username                 = "app"
  master_password                 = var.master_password
  storage_encrypted               = true
  enabled_cloudwatch_logs_exports = var.log_exports # expect: AWS-DOCDB-002
}
