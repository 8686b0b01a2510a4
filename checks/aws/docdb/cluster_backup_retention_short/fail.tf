variable "master_password" {
  type      = string
  sensitive = true
}

resource "aws_docdb_cluster" "default" { # expect: AWS-DOCDB-003
  cluster_identifier = "orders"
  master_username    = "app"
  master_password    = var.master_password
  storage_encrypted  = true
}

variable "retention_days" {
  type    = number
  default = 3
}

resource "aws_docdb_cluster" "short" {
  cluster_identifier      = "catalog"
  master_username         = "app"
  master_password         = var.master_password
  storage_encrypted       = true
  backup_retention_period = var.retention_days # expect: AWS-DOCDB-003
}
