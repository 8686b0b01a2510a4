# deletion_protection defaults to false.
resource "aws_db_instance" "missing" { # expect: AWS-RDS-005
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
}

variable "protect" {
  default = false
}

resource "aws_rds_cluster" "from_variable" {
  cluster_identifier  = "billing"
  engine              = "aurora-mysql"
  storage_encrypted   = true
  deletion_protection = var.protect # expect: AWS-RDS-005
}
