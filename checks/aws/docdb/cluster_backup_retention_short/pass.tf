variable "master_password" {
  type      = string
  sensitive = true
}

variable "retention_days" {
  type = number
}

resource "aws_docdb_cluster" "week" {
  cluster_identifier      = "orders"
  master_username         = "app"
  master_password         = var.master_password
  storage_encrypted       = true
  backup_retention_period = 7
}

# Unknown at plan time: no finding.
resource "aws_docdb_cluster" "unknown" {
  cluster_identifier      = "catalog"
  master_username         = "app"
  master_password         = var.master_password
  storage_encrypted       = true
  backup_retention_period = var.retention_days
}

# count = 0: the cluster does not exist.
resource "aws_docdb_cluster" "disabled" {
  count              = 0
  cluster_identifier = "unused"
  master_username    = "app"
  master_password    = var.master_password
}
