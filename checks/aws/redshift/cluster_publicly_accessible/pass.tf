variable "public" {
  type = bool
}

resource "aws_redshift_cluster" "private" {
  cluster_identifier        = "analytics"
  node_type                 = "ra3.xlplus"
  master_username           = "admin"
  cluster_subnet_group_name = "private-subnets"
  publicly_accessible       = false
}

# Unknown until plan time: no finding.
resource "aws_redshift_cluster" "unknown" {
  cluster_identifier  = "events"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = var.public
}

# count = 0: the resource does not exist.
resource "aws_redshift_cluster" "disabled" {
  count              = 0
  cluster_identifier = "scratch"
  node_type          = "ra3.xlplus"
}
