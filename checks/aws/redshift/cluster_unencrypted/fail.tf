resource "aws_redshift_cluster" "plain" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  master_username     = "admin"
  publicly_accessible = false
  encrypted           = false # expect: AWS-REDSHIFT-001
}

variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier  = "events"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = false
  encrypted           = var.encrypt # expect: AWS-REDSHIFT-001
}
