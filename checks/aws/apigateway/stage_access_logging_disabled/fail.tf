resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

# No access_log_settings: requests are not logged.
resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGW-001
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

variable "log_destination" {
  default = ""
}

# The destination comes through a variable whose default is empty.
resource "aws_api_gateway_stage" "dev" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "dev"

  access_log_settings {
    destination_arn = var.log_destination # expect: AWS-APIGW-001
    format          = "$context.requestId"
  }
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http-api"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" { # expect: AWS-APIGW-001
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
}
