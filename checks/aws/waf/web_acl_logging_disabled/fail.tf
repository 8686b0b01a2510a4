resource "aws_wafv2_web_acl" "app" { # expect: AWS-WAF-001
  name  = "app"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "common"
    priority = 1

    override_action {
      none {}
    }

    statement {
      managed_rule_group_statement {
        name        = "AWSManagedRulesCommonRuleSet"
        vendor_name = "AWS"
      }
    }

    visibility_config {
      cloudwatch_metrics_enabled = true
      metric_name                = "common"
      sampled_requests_enabled   = true
    }
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "app"
    sampled_requests_enabled   = true
  }
}

variable "enable_logging" {
  type    = bool
  default = false
}

resource "aws_wafv2_web_acl" "optional" { # expect: AWS-WAF-001
  name  = "api"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    cloudwatch_metrics_enabled = true
    metric_name                = "api"
    sampled_requests_enabled   = true
  }
}

# Off by default.
resource "aws_wafv2_web_acl_logging_configuration" "optional" {
  count                   = var.enable_logging ? 1 : 0
  resource_arn            = aws_wafv2_web_acl.optional.arn
  log_destination_configs = ["arn:aws:logs:us-east-1:123456789012:log-group:aws-waf-logs-api"]
}
