resource "aws_kms_key" "search" {
  description         = "OpenSearch"
  enable_key_rotation = true
}

resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"

  encrypt_at_rest {
    enabled    = true
    kms_key_id = aws_kms_key.search.arn
  }
}

# Not known statically: no finding.
variable "encrypt" {
  type = bool
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  encrypt_at_rest {
    enabled = var.encrypt
  }
}

# count = 0: the domain does not exist.
resource "aws_opensearch_domain" "disabled" {
  count       = 0
  domain_name = "disabled"
}
