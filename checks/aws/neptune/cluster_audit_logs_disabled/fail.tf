resource "aws_neptune_cluster" "default" { # expect: AWS-NEPTUNE-002
  cluster_identifier = "knowledge-graph"
  engine             = "neptune"
  storage_encrypted  = true
}

variable "log_exports" {
  type    = list(string)
  default = ["slowquery"]
}

resource "aws_neptune_cluster" "slowquery_only" {
  cluster_identifier             = "fraud-graph"
  engine                         = "neptune"
  storage_encrypted              = true
  enable_cloudwatch_logs_exports = var.log_exports # expect: AWS-NEPTUNE-002
}
