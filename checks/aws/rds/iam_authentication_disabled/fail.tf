resource "aws_db_instance" "missing" { # expect: AWS-RDS-006
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

locals {
  iam_auth = false
}

resource "aws_rds_cluster" "disabled" {
  cluster_identifier                  = "billing"
  engine                              = "aurora-mysql"
  storage_encrypted                   = true
  iam_database_authentication_enabled = local.iam_auth # expect: AWS-RDS-006
}
