variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "insights" {
  description         = "Performance Insights"
  enable_key_rotation = true
}

resource "aws_db_instance" "own_key" {
  identifier                      = "orders"
  engine                          = "postgres"
  instance_class                  = "db.t3.medium"
  allocated_storage               = 20
  storage_encrypted               = true
  performance_insights_enabled    = true
  performance_insights_kms_key_id = aws_kms_key.insights.arn
}

# The key comes from a variable without a value: it cannot be known, so no finding.
resource "aws_rds_cluster_instance" "unknown_key" {
  identifier                      = "reports-1"
  cluster_identifier              = "reports"
  instance_class                  = "db.r6g.large"
  engine                          = "aurora-postgresql"
  performance_insights_enabled    = true
  performance_insights_kms_key_id = var.kms_key_arn
}

# Performance Insights is off: nothing to encrypt.
resource "aws_db_instance" "no_insights" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
