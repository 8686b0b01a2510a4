variable "encrypted" {
  type = bool
}

resource "aws_kms_key" "neptune" {
  description         = "Neptune storage"
  enable_key_rotation = true
}

resource "aws_neptune_cluster" "encrypted" {
  cluster_identifier = "knowledge-graph"
  engine             = "neptune"
  storage_encrypted  = true
  kms_key_arn        = aws_kms_key.neptune.arn
}

# Unknown at plan time: no finding.
resource "aws_neptune_cluster" "unknown" {
  cluster_identifier = "fraud-graph"
  engine             = "neptune"
  storage_encrypted  = var.encrypted
}

# Restored from a snapshot: encryption comes from the snapshot.
resource "aws_neptune_cluster" "restored" {
  cluster_identifier  = "knowledge-graph-restored"
  snapshot_identifier = "knowledge-graph-2024-01-01"
}

# count = 0: the cluster does not exist.
resource "aws_neptune_cluster" "disabled" {
  count              = 0
  cluster_identifier = "unused"
}
