variable "encrypt" {
  type = bool
}

resource "aws_db_instance" "encrypted" {
  identifier        = "orders"
  engine            = "postgres"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = true
  kms_key_id        = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Unknown until plan time: no finding.
resource "aws_db_instance" "unknown" {
  identifier        = "billing"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  storage_encrypted = var.encrypt
}

# A read replica inherits the encryption of its source.
resource "aws_db_instance" "replica" {
  identifier          = "orders-replica"
  replicate_source_db = aws_db_instance.encrypted.identifier
  instance_class      = "db.t3.micro"
}

# Restored from a snapshot: the snapshot decides the encryption.
resource "aws_db_instance" "restored" {
  identifier          = "orders-restore"
  instance_class      = "db.t3.micro"
  snapshot_identifier = "orders-2024-01-01"
}

# count = 0: the resource does not exist.
resource "aws_db_instance" "disabled" {
  count             = 0
  identifier        = "scratch"
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
}
