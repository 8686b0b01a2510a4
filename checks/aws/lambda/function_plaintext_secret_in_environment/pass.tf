variable "stripe_key" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "db" {
  name = "prod/api/db"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda-api"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "api.zip"

  environment {
    variables = {
      LOG_LEVEL          = "info"
      DB_PASSWORD_SECRET = aws_secretsmanager_secret.db.arn
      API_KEY_PARAMETER  = "/prod/api/key"
      TOKEN_TTL          = "3600"
      # Unknown at plan time: no finding.
      STRIPE_SECRET_KEY = var.stripe_key
    }
  }
}

# count = 0: the function does not exist.
resource "aws_lambda_function" "disabled" {
  count         = 0
  function_name = "unused"
  role          = "arn:aws:iam::123456789012:role/lambda-api"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "api.zip"

  environment {
    variables = {
      DB_PASSWORD = "hunter2-prod"
    }
  }
}
