variable "record_all" {
  type = bool
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported                 = true
    include_global_resource_types = true
  }

  recording_mode {
    recording_frequency = "DAILY"
  }
}

# No recording group: everything is recorded.
resource "aws_config_configuration_recorder" "default" {
  name     = "default"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

# Unknown at plan time: no finding.
resource "aws_config_configuration_recorder" "unknown" {
  name     = "configurable"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported = var.record_all
  }
}

# count = 0: the recorder does not exist.
resource "aws_config_configuration_recorder" "disabled" {
  count    = 0
  name     = "unused"
  role_arn = "arn:aws:iam::123456789012:role/config"

  recording_group {
    all_supported  = false
    resource_types = ["AWS::S3::Bucket"]
  }
}
