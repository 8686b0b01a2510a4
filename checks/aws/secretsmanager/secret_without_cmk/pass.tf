resource "aws_kms_key" "secrets" {
  description         = "Application secrets"
  enable_key_rotation = true
}

resource "aws_secretsmanager_secret" "api" {
  name       = "prod/payments/api"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret" "alias" {
  name       = "prod/cache/auth"
  kms_key_id = "alias/app-secrets"
}

# Not known statically: no finding.
variable "kms_key" {
  type = string
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db/master"
  kms_key_id = var.kms_key
}
