variable "tracing_mode" {
  type = string
}

resource "aws_lambda_function" "traced" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "orders.zip"

  tracing_config {
    mode = "Active"
  }
}

# Unknown at plan time: no finding.
resource "aws_lambda_function" "unknown" {
  function_name = "billing"
  role          = "arn:aws:iam::123456789012:role/billing"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "billing.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}

# count = 0: the function does not exist.
resource "aws_lambda_function" "disabled" {
  count         = 0
  function_name = "unused"
  role          = "arn:aws:iam::123456789012:role/unused"
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "unused.zip"
}
