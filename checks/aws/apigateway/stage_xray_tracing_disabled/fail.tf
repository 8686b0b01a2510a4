resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

# Tracing is off by default.
resource "aws_api_gateway_stage" "prod" { # expect: AWS-APIGW-002
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "prod"
}

locals {
  tracing = false
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = "abc123"
  stage_name           = "dev"
  xray_tracing_enabled = local.tracing # expect: AWS-APIGW-002
}
