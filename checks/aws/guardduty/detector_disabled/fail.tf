resource "aws_guardduty_detector" "main" {
  enable = false # expect: AWS-GUARDDUTY-001
}

variable "guardduty_enabled" {
  type    = bool
  default = false
}

resource "aws_guardduty_detector" "from_variable" {
  enable                       = var.guardduty_enabled # expect: AWS-GUARDDUTY-001
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}
