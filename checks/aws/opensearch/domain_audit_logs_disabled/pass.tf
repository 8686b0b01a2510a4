resource "aws_cloudwatch_log_group" "search" {
  name = "/aws/opensearch/search"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = false
    master_user_options {
      master_user_arn = "arn:aws:iam::123456789012:role/search-admin"
    }
  }

  log_publishing_options {
    log_type                 = "AUDIT_LOGS"
    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
  }
}

# The log types come from a variable with no value: no finding.
variable "log_types" {
  type = set(string)
}

resource "aws_opensearch_domain" "dynamic" {
  domain_name    = "dynamic"
  engine_version = "OpenSearch_2.11"

  dynamic "log_publishing_options" {
    for_each = var.log_types
    content {
      log_type                 = log_publishing_options.value
      cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn
    }
  }
}
