resource "aws_docdb_cluster" "default" { # expect: AWS-DOCDB-001
  cluster_identifier      = "orders"
  engine                  = "docdb"
  master_username         = "app"
  master_password         = var.master_password
  backup_retention_period = 7
}

variable "master_password" {
  type      = string
  sensitive = true
}

variable "encrypted" {
  type    = bool
  default = false
}

resource "aws_docdb_cluster" "from_variable" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "app"
  master_password    = var.master_password
  storage_encrypted  = var.encrypted # expect: AWS-DOCDB-001
}
