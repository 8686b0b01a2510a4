variable "log_exports" {
  type = list(string)
}

resource "aws_neptune_cluster_parameter_group" "audit" {
  family = "neptune1.3"
  name   = "audit"

  parameter {
    name  = "neptune_enable_audit_log"
    value = "1"
  }
}

resource "aws_neptune_cluster" "audited" {
  cluster_identifier                   = "knowledge-graph"
  engine                               = "neptune"
  storage_encrypted                    = true
  neptune_cluster_parameter_group_name = aws_neptune_cluster_parameter_group.audit.name
  enable_cloudwatch_logs_exports       = ["audit", "slowquery"]
}

# Unknown at plan time: no finding.
resource "aws_neptune_cluster" "unknown" {
  cluster_identifier             = "fraud-graph"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = var.log_exports
}

# count = 0: the cluster does not exist.
resource "aws_neptune_cluster" "disabled" {
  count              = 0
  cluster_identifier = "unused"
}
