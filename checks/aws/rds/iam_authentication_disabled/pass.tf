variable "iam_auth" {
  type = bool
}

resource "aws_db_instance" "enabled" {
  identifier                          = "orders"
  engine                              = "postgres"
  instance_class                      = "db.t3.micro"
  allocated_storage                   = 20
  iam_database_authentication_enabled = true
}

# Unknown until plan time: no finding.
resource "aws_rds_cluster" "unknown" {
  cluster_identifier                  = "billing"
  engine                              = "aurora-postgresql"
  iam_database_authentication_enabled = var.iam_auth
}

# SQL Server does not support IAM database authentication.
resource "aws_db_instance" "sqlserver" {
  identifier        = "legacy"
  engine            = "sqlserver-se"
  instance_class    = "db.m5.large"
  allocated_storage = 100
  license_model     = "license-included"
}

# Aurora Serverless v1 does not support it either.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

# count = 0: the resource does not exist.
resource "aws_db_instance" "disabled" {
  count             = 0
  identifier        = "scratch"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
