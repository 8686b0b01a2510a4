# The rotation's target comes from outside this module: it may be this secret.
variable "secret_id" {
  type = string
}

resource "aws_secretsmanager_secret" "api" {
  name = "prod/payments/api"
}

resource "aws_secretsmanager_secret_rotation" "external" {
  secret_id           = var.secret_id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate"

  rotation_rules {
    automatically_after_days = 30
  }
}
