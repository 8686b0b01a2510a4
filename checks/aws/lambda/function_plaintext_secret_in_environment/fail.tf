variable "stripe_key" {
  type    = string
  default = "sk_live_4eC39HqLyjWDarjtT1zdp7dc"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda-api"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "api.zip"

  environment {
    variables = {
      LOG_LEVEL         = "info"
      DB_HOST           = "db.internal"
      DB_PASSWORD       = "hunter2-prod" # expect: AWS-LAMBDA-004
      STRIPE_SECRET_KEY = var.stripe_key # expect: AWS-LAMBDA-004
      DEPLOY_KEY_ID     = "AKIAIOSFODNN7EXAMPLE" # expect: AWS-LAMBDA-004
    }
  }
}
