resource "aws_opensearch_domain" "logs" {
  domain_name    = "logs"
  engine_version = "OpenSearch_2.11"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = "Policy-Min-TLS-1-0-2019-07" # expect: AWS-OPENSEARCH-004
  }
}

variable "tls_policy" {
  default = "Policy-Min-TLS-1-0-2019-07"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  domain_endpoint_options {
    enforce_https       = true
    tls_security_policy = var.tls_policy # expect: AWS-OPENSEARCH-004
  }
}
