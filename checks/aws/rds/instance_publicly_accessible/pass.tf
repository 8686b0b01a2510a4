variable "public" {
  type = bool
}

resource "aws_db_instance" "private" {
  identifier          = "orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  storage_encrypted   = true
  publicly_accessible = false
}

# Not set: the provider default is false.
resource "aws_rds_cluster_instance" "default" {
  identifier         = "reports-1"
  cluster_identifier = "reports"
  instance_class     = "db.r6g.large"
  engine             = "aurora-postgresql"
}

# Unknown until plan time: no finding.
resource "aws_rds_cluster_instance" "unknown" {
  identifier          = "reports-2"
  cluster_identifier  = "reports"
  instance_class      = "db.r6g.large"
  engine              = "aurora-postgresql"
  publicly_accessible = var.public
}

# count = 0: the resource does not exist.
resource "aws_db_instance" "disabled" {
  count               = 0
  identifier          = "scratch"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  publicly_accessible = true
}

# On an Aurora cluster the argument does not apply: its instances decide.
resource "aws_rds_cluster" "aurora" {
  cluster_identifier  = "reports"
  engine              = "aurora-postgresql"
  storage_encrypted   = true
  publicly_accessible = true
}
