# No endpoint options: the domain is created without requiring HTTPS.
resource "aws_opensearch_domain" "logs" { # expect: AWS-OPENSEARCH-003
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"
}

variable "enforce_https" {
  default = false
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = var.enforce_https # expect: AWS-OPENSEARCH-003
    tls_security_policy = "Policy-Min-TLS-1-2-2019-07"
  }
}
