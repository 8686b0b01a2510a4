variable "protect" {
  type = bool
}

resource "aws_db_instance" "protected" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  deletion_protection = true
}

# Unknown until plan time: no finding.
resource "aws_rds_cluster" "unknown" {
  cluster_identifier  = "billing"
  engine              = "aurora-mysql"
  storage_encrypted   = true
  deletion_protection = var.protect
}

# count = 0: the resource does not exist.
resource "aws_rds_cluster" "disabled" {
  count              = 0
  cluster_identifier = "scratch"
  engine             = "aurora-mysql"
}
