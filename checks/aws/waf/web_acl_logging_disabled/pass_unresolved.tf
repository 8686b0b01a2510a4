# The logging configuration's target comes from outside this module: it may be this web ACL.
variable "web_acl_arn" {
  type = string
}

resource "aws_wafv2_web_acl" "app" {
  name  = "app"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "external" {
  resource_arn            = var.web_acl_arn
  log_destination_configs = ["arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-app"]
}
