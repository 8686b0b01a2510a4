# Three data nodes, node-to-node encryption left at its default (off).
resource "aws_opensearch_domain" "search" { # expect: AWS-OPENSEARCH-002
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type  = "r6g.large.search"
    instance_count = 3
  }
}

locals {
  node_encryption = false
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count           = 2
    dedicated_master_enabled = true
  }

  node_to_node_encryption {
    enabled = local.node_encryption # expect: AWS-OPENSEARCH-002
  }
}
