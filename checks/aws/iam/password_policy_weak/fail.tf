# Only a short minimum length: everything else falls back to the weak AWS defaults.
resource "aws_iam_account_password_policy" "defaults" { # expect: AWS-IAM-005
  minimum_password_length = 8 # expect: AWS-IAM-005
}

variable "reuse" {
  default = 5
}

# Complexity turned off explicitly, a short reuse history from a variable, long expiry.
resource "aws_iam_account_password_policy" "lax" {
  minimum_password_length      = 14
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = false # expect: AWS-IAM-005
  password_reuse_prevention    = var.reuse # expect: AWS-IAM-005
  max_password_age             = 365 # expect: AWS-IAM-005
}
