# storage_encrypted defaults to false for aws_db_instance.
resource "aws_db_instance" "missing" { # expect: AWS-RDS-002
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}

resource "aws_db_instance" "explicit" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = false # expect: AWS-RDS-002
}

variable "encrypt" {
  type    = bool
  default = false
}

# Restored from a snapshot, but encryption is turned off explicitly.
resource "aws_db_instance" "restored" {
  identifier          = "billing-restore"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "billing-2024-01-01"
  storage_encrypted   = var.encrypt # expect: AWS-RDS-002
}

variable "replicate_source_db" {
  default = ""
}

# An empty source is no source: the provider treats "" as unset.
resource "aws_db_instance" "empty_source" { # expect: AWS-RDS-002
  identifier          = "ledger"
  engine              = "mysql"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  replicate_source_db = var.replicate_source_db
  snapshot_identifier = ""
}
