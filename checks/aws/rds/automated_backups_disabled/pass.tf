variable "retention_days" {
  type = number
}

resource "aws_db_instance" "backed_up" {
  identifier              = "orders"
  engine                  = "postgres"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 7
}

# Not set: RDS keeps one day of automated backups.
resource "aws_rds_cluster" "default" {
  cluster_identifier = "reports"
  engine             = "aurora-postgresql"
}

# Unknown until plan time: no finding.
resource "aws_db_instance" "unknown" {
  identifier              = "billing"
  engine                  = "mysql"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = var.retention_days
}

# Read replicas without their own backups are normal.
resource "aws_db_instance" "replica" {
  identifier              = "orders-replica"
  replicate_source_db     = aws_db_instance.backed_up.identifier
  instance_class          = "db.t3.micro"
  backup_retention_period = 0
}

# count = 0: the resource does not exist.
resource "aws_db_instance" "disabled" {
  count                   = 0
  identifier              = "scratch"
  engine                  = "mysql"
  instance_class          = "db.t3.micro"
  allocated_storage       = 20
  backup_retention_period = 0
}
