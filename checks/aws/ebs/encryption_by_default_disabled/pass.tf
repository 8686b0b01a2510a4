variable "enabled" {
  type = bool
}

resource "aws_ebs_encryption_by_default" "on" {
  enabled = true
}

# enabled defaults to true.
resource "aws_ebs_encryption_by_default" "default" {}

# Unknown: decided by the caller.
resource "aws_ebs_encryption_by_default" "unknown" {
  enabled = var.enabled
}

# count = 0: the resource does not exist.
resource "aws_ebs_encryption_by_default" "none" {
  count   = 0
  enabled = false
}
