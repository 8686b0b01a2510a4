resource "aws_config_configuration_recorder" "main" {
  name     = "main"
  role_arn = "arn:aws:iam::123456789012:role/config"
}

resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = false # expect: AWS-CONFIG-002
}

variable "recording" {
  type    = bool
  default = false
}

resource "aws_config_configuration_recorder_status" "from_variable" {
  name       = "secondary"
  is_enabled = var.recording # expect: AWS-CONFIG-002
}
