resource "aws_db_instance" "default_key" {
  identifier                   = "orders"
  engine                       = "postgres"
  instance_class               = "db.t3.medium"
  allocated_storage            = 20
  storage_encrypted            = true
  performance_insights_enabled = true # expect: AWS-RDS-007
}

variable "insights" {
  default = true
}

resource "aws_rds_cluster_instance" "reader" {
  identifier                      = "reports-1"
  cluster_identifier              = "reports"
  instance_class                  = "db.r6g.large"
  engine                          = "aurora-postgresql"
  performance_insights_enabled    = var.insights # expect: AWS-RDS-007
  performance_insights_kms_key_id = ""
}
