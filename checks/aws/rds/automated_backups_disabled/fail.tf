resource "aws_db_instance" "no_backups" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  storage_encrypted       = true
  backup_retention_period = 0 # expect: AWS-RDS-004
}

variable "retention_days" {
  type    = number
  default = 0
}

resource "aws_rds_cluster" "no_backups" {
  cluster_identifier        = "ledger"
  engine                    = "mysql"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  backup_retention_period   = var.retention_days # expect: AWS-RDS-004
}
