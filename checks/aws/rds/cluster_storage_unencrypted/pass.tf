variable "encrypt" {
  type = bool
}

variable "snapshot" {
  type = string
}

resource "aws_rds_cluster" "encrypted" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted  = true
  kms_key_id         = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Aurora Serverless v1 is always encrypted.
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "reports"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
  master_username    = "app"
}

# Unknown until plan time: no finding.
resource "aws_rds_cluster" "unknown" {
  cluster_identifier = "billing"
  engine             = "aurora-mysql"
  master_username    = "app"
  storage_encrypted  = var.encrypt
}

# Maybe restored from a snapshot, which then decides the encryption.
resource "aws_rds_cluster" "restored" {
  cluster_identifier  = "ledger"
  engine              = "aurora-mysql"
  snapshot_identifier = var.snapshot
}

# count = 0: the resource does not exist.
resource "aws_rds_cluster" "disabled" {
  count              = 0
  cluster_identifier = "scratch"
  engine             = "aurora-mysql"
}
