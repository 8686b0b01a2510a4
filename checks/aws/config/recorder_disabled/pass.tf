variable "recording" {
  type = bool
}

resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_delivery_channel" "main" {
  name           = "main"
  s3_bucket_name = "config-history-example"
  depends_on     = [aws_config_configuration_recorder.main]
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
  depends_on = [aws_config_delivery_channel.main]
}

# Unknown at plan time: no finding.
resource "aws_config_configuration_recorder_status" "unknown" {
  name       = "secondary"
  is_enabled = var.recording
}

# count = 0: the status does not exist.
resource "aws_config_configuration_recorder_status" "disabled" {
  count      = 0
  name       = "unused"
  is_enabled = false
}
