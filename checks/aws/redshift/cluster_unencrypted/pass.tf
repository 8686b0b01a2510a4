variable "encrypt" {
  type = bool
}

resource "aws_redshift_cluster" "encrypted" {
  cluster_identifier  = "analytics"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = false
  encrypted           = true
  kms_key_id          = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Not set: new clusters are encrypted by Redshift (and by provider 6.0's default).
resource "aws_redshift_cluster" "default" {
  cluster_identifier  = "events"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = false
}

# Unknown until plan time: no finding.
resource "aws_redshift_cluster" "unknown" {
  cluster_identifier  = "logs"
  node_type           = "ra3.xlplus"
  master_username     = "admin"
  publicly_accessible = false
  encrypted           = var.encrypt
}

# count = 0: the resource does not exist.
resource "aws_redshift_cluster" "disabled" {
  count              = 0
  cluster_identifier = "scratch"
  node_type          = "ra3.xlplus"
  encrypted          = false
}
