variable "min_length" {
  type = number
}

# CIS-aligned password policy.
resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length        = 14
  require_lowercase_characters   = true
  require_uppercase_characters   = true
  require_numbers                = true
  require_symbols                = true
  password_reuse_prevention      = 24
  max_password_age               = 90
  allow_users_to_change_password = true
}

# Length unknown at plan time (variable without a value): no finding for it.
resource "aws_iam_account_password_policy" "unknown" {
  minimum_password_length      = var.min_length
  require_lowercase_characters = true
  require_uppercase_characters = true
  require_numbers              = true
  require_symbols              = true
  password_reuse_prevention    = 24
}
