resource "aws_neptune_cluster" "default" { # expect: AWS-NEPTUNE-001
  cluster_identifier                  = "knowledge-graph"
  engine                              = "neptune"
  backup_retention_period             = 7
  iam_database_authentication_enabled = true
}

locals {
  encrypt = false
}

resource "aws_neptune_cluster" "from_local" {
  cluster_identifier = "fraud-graph"
  engine             = "neptune"
  storage_encrypted  = local.encrypt # expect: AWS-NEPTUNE-001
}
