resource "aws_lambda_function" "untraced" { # expect: AWS-LAMBDA-001
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders.zip"
}

variable "tracing_mode" {
  default = "PassThrough"
}

resource "aws_lambda_function" "pass_through" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  tracing_config {
    mode = var.tracing_mode # expect: AWS-LAMBDA-001
  }
}
