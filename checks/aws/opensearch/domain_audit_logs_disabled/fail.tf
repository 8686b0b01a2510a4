resource "aws_cloudwatch_log_group" "search" {
  name = "/aws/opensearch/search"
}

# Only application logs are published.
resource "aws_opensearch_domain" "search" { # expect: AWS-OPENSEARCH-005
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  log_publishing_options {
    log_type                 = "ES_APPLICATION_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

variable "audit" {
  default = false
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    enabled                  = var.audit # expect: AWS-OPENSEARCH-005
  }
}
