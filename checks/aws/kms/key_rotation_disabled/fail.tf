# Rotation not set: the provider default is off.
resource "aws_kms_key" "data" { # expect: AWS-KMS-001
  description             = "application data"
  deletion_window_in_days = 30
}

variable "rotate" {
  type    = bool
  default = false
}

# Explicit symmetric key with rotation turned off through a variable default.
resource "aws_kms_key" "logs" {
  description              = "logs"
  customer_master_key_spec = "SYMMETRIC_DEFAULT"
  enable_key_rotation      = var.rotate # expect: AWS-KMS-001
}
