variable "rotate" {
  type = bool
}

resource "aws_kms_key" "data" {
  description         = "application data"
  enable_key_rotation = true
}

# Asymmetric signing keys and HMAC keys cannot be rotated automatically.
resource "aws_kms_key" "signing" {
  description              = "release signing"
  key_usage                = "SIGN_VERIFY"
  customer_master_key_spec = "ECC_NIST_P256"
}

resource "aws_kms_key" "hmac" {
  description              = "tokens"
  key_usage                = "GENERATE_VERIFY_MAC"
  customer_master_key_spec = "HMAC_256"
}

# Keys in a CloudHSM key store cannot be rotated automatically either.
resource "aws_kms_key" "hsm" {
  description         = "hsm backed"
  custom_key_store_id = "cks-1234567890abcdef0"
}

# Unknown at plan time: no finding.
resource "aws_kms_key" "unknown" {
  description         = "unknown"
  enable_key_rotation = var.rotate
}

# count = 0: the resource does not exist.
resource "aws_kms_key" "disabled" {
  count       = 0
  description = "disabled"
}
