# No encrypt_at_rest block: the provider leaves encryption off.
resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-001
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"

  cluster_config {
    instance_type = "r6g.large.search"
  }
}

variable "encrypt" {
  default = false
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = var.encrypt # expect: AWS-OPENSEARCH-001
  }
}
