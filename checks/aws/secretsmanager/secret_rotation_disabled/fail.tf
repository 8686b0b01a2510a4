# Nothing rotates this secret.
resource "aws_secretsmanager_secret" "api" { # expect: AWS-SECRETS-001
  name = "prod/payments/api"
}

variable "rotate" {
  default = false
}

# Rotation is switched off through a variable default.
resource "aws_secretsmanager_secret" "db" { # expect: AWS-SECRETS-001
  name = "prod/db/master"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  count               = var.rotate ? 1 : 0
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db"

  rotation_rules {
    automatically_after_days = 30
  }
}
