resource "aws_redshift_cluster" "public" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  number_of_nodes     = 2
  master_username     = "admin"
  publicly_accessible = true # expect: AWS-REDSHIFT-002
}

# Not set: providers before 6.0 create the cluster with a public endpoint.
resource "aws_redshift_cluster" "missing" { # expect: AWS-REDSHIFT-002
  cluster_identifier = "events"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
}

variable "public" {
  default = "true"
}

resource "aws_redshift_cluster" "from_variable" {
  cluster_identifier  = "logs"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = var.public # expect: AWS-REDSHIFT-002
}
