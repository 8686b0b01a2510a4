resource "aws_cloudwatch_log_group" "api" {
  name              = "/aws/apigateway/orders"
  retention_in_days = 365
}

resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "prod"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api.arn
    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", status = "$context.status" })
  }
}

# The destination is not known statically: no finding.
variable "log_destination" {
  type = string
}

resource "aws_apigatewayv2_api" "http" {
  name          = "http-api"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "default" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = var.log_destination
    format          = "$context.requestId"
  }
}

# count = 0: the stage does not exist.
resource "aws_api_gateway_stage" "disabled" {
  count         = 0
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "old"
}
