resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }

  node_to_node_encryption {
    enabled = true
  }
}

# A single-node domain has no traffic between nodes.
resource "aws_opensearch_domain" "dev" {
  domain_name    = "dev"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type  = "t3.small.search"
    instance_count = 1
  }
}

# Not known statically: no finding.
variable "node_encryption" {
  type = bool
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 2
  }

  node_to_node_encryption {
    enabled = var.node_encryption
  }
}
