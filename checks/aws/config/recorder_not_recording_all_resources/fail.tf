resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported  = false # expect: AWS-CONFIG-001
    resource_types = ["AWS::EC2::Instance", "AWS::S3::Bucket"]
  }
}

variable "record_all" {
  type    = bool
  default = false
}

resource "aws_config_configuration_recorder" "excluding" {
  name     = "excluding"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported = var.record_all # expect: AWS-CONFIG-001

    exclusion_by_resource_types {
      resource_types = ["AWS::EC2::NetworkInterface"]
    }

    recording_strategy {
      use_only = "EXCLUSION_BY_RESOURCE_TYPES"
    }
  }
}
