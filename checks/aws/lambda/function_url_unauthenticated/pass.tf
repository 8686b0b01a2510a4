variable "url_auth" {
  type = string
}

resource "aws_lambda_function_url" "iam" {
  function_name      = "orders"
  authorization_type = "AWS_IAM"
}

# Unknown at plan time: no finding.
resource "aws_lambda_function_url" "unknown" {
  function_name      = "billing"
  authorization_type = var.url_auth
}

# count = 0: the URL does not exist.
resource "aws_lambda_function_url" "disabled" {
  count              = 0
  function_name      = "unused"
  authorization_type = "NONE"
}
