# Provisioned Aurora: storage_encrypted defaults to false.
resource "aws_rds_cluster" "missing" { # expect: AWS-RDS-003
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

variable "encrypt" {
  default = "false"
}

resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "billing"
  engine             = "aurora-mysql"
  engine_mode        = "provisioned"
  master_username    = "app"
  storage_encrypted  = var.encrypt # expect: AWS-RDS-003
}

# Restored from a snapshot, but encryption is turned off explicitly.
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "billing-restore"
  engine              = "aurora-mysql"
  snapshot_identifier = "billing-2024-01-01"
  storage_encrypted   = false # expect: AWS-RDS-003
}
