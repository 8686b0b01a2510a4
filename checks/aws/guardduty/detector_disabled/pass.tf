variable "guardduty_enabled" {
  type = bool
}

resource "aws_guardduty_detector" "main" {
  enable                       = true
  finding_publishing_frequency = "FIFTEEN_MINUTES"
}

# Enabled by default.
resource "aws_guardduty_detector" "default" {
}

# Unknown at plan time: no finding.
resource "aws_guardduty_detector" "unknown" {
  enable = var.guardduty_enabled
}

# count = 0: the detector does not exist.
resource "aws_guardduty_detector" "disabled" {
  count  = 0
  enable = false
}
