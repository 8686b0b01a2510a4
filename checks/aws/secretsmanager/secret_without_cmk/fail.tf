# No kms_key_id: the AWS managed key aws/secretsmanager is used.
resource "aws_secretsmanager_secret" "api" { # expect: AWS-SECRETS-002
  name = "prod/payments/api"
}

variable "kms_key" {
  default = "alias/aws/secretsmanager"
}

resource "aws_secretsmanager_secret" "db" {
  name       = "prod/db/master"
  kms_key_id = var.kms_key # expect: AWS-SECRETS-002
}
