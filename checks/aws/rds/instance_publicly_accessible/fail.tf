# A database with a public endpoint: reachable from anywhere its security groups allow.
resource "aws_db_instance" "public" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "app"
  storage_encrypted   = true
  publicly_accessible = true # expect: AWS-RDS-001
}

variable "public" {
  default = true
}

resource "aws_rds_cluster_instance" "reader" {
  identifier          = "reports-reader"
  cluster_identifier  = "reports"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = var.public # expect: AWS-RDS-001
}

locals {
  expose = "true"
}

# Multi-AZ DB cluster (not Aurora): the setting lives on the cluster.
resource "aws_rds_cluster" "multi_az" {
  cluster_identifier        = "ledger"
  engine                    = "mysql"
  db_cluster_instance_class = "db.r6gd.large"
  storage_type              = "io1"
  allocated_storage         = 100
  iops                      = 1000
  publicly_accessible       = local.expose # expect: AWS-RDS-001
}
