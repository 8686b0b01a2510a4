variable "master_password" {
  type      = string
  sensitive = true
}

variable "encrypted" {
  type = bool
}

resource "aws_kms_key" "docdb" {
  description         = "DocumentDB storage"
  enable_key_rotation = true
}

resource "aws_docdb_cluster" "encrypted" {
  cluster_identifier = "orders"
  engine             = "docdb"
  master_username    = "app"
  master_password    = var.master_password
  storage_encrypted  = true
  kms_key_id         = aws_kms_key.docdb.arn
}

# Unknown at plan time: no finding.
resource "aws_docdb_cluster" "unknown" {
  cluster_identifier = "catalog"
  engine             = "docdb"
  master_username    = "app"
  master_password    = var.master_password
  storage_encrypted  = var.encrypted
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_docdb_cluster" "restored" {
  cluster_identifier  = "orders-restored"
  snapshot_identifier = "orders-2024-01-01"
}

# count = 0: the cluster does not exist.
resource "aws_docdb_cluster" "disabled" {
  count              = 0
  cluster_identifier = "unused"
  master_username    = "app"
  master_password    = var.master_password
}
