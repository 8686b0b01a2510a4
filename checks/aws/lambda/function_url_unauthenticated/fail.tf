resource "aws_lambda_function_url" "public" {
  function_name      = "orders"
  authorization_type = "NONE" # expect: AWS-LAMBDA-002
}

variable "url_auth" {
  default = "NONE"
}

resource "aws_lambda_function_url" "from_variable" {
  function_name      = "billing"
  qualifier          = "live"
  authorization_type = var.url_auth # expect: AWS-LAMBDA-002
}
