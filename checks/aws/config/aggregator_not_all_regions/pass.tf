variable "regions" {
  type = list(string)
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    all_regions = true
    role_arn    = "arn:aws:iam::123456789012:role/config-aggregator"
  }
}

# Unknown regions: no finding.
resource "aws_config_configuration_aggregator" "unknown" {
  name = "accounts"

  account_aggregation_source {
    account_ids = ["123456789012"]
    regions     = var.regions
  }
}

# count = 0: the aggregator does not exist.
resource "aws_config_configuration_aggregator" "disabled" {
  count = 0
  name  = "unused"

  account_aggregation_source {
    account_ids = ["123456789012"]
    regions     = ["us-east-1"]
  }
}
