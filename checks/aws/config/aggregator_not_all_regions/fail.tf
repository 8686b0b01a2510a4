resource "aws_config_configuration_aggregator" "accounts" {
  name = "accounts"

  account_aggregation_source { # expect: AWS-CONFIG-003
    account_ids = ["123456789012", "210987654321"]
    regions     = ["us-east-1", "eu-west-1"]
  }
}

variable "all_regions" {
  type    = bool
  default = false
}

resource "aws_config_configuration_aggregator" "organization" {
  name = "organization"

  organization_aggregation_source {
    all_regions = var.all_regions # expect: AWS-CONFIG-003
    regions     = ["us-east-1"]
    role_arn    = "arn:aws:iam::123456789012:role/config-aggregator"
  }
}
