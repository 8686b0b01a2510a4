resource "aws_secretsmanager_secret" "db" {
  name = "prod/db/master"
}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db"

  rotation_rules {
    automatically_after_days = 30
  }
}

# Named by its literal name.
resource "aws_secretsmanager_secret" "cache" {
  name = "prod/cache/auth"
}

resource "aws_secretsmanager_secret_rotation" "cache" {
  secret_id           = "prod/cache/auth"
  rotation_lambda_arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-cache"

  rotation_rules {
    schedule_expression = "rate(30 days)"
  }
}

# count = 0: the secret does not exist.
resource "aws_secretsmanager_secret" "old" {
  count = 0
  name  = "prod/old"
}
