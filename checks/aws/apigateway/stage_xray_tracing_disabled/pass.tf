resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = "abc123"
  stage_name           = "prod"
  xray_tracing_enabled = true
}

# Not known statically: no finding.
variable "tracing" {
  type = bool
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id          = aws_api_gateway_rest_api.api.id
  deployment_id        = "abc123"
  stage_name           = "dev"
  xray_tracing_enabled = var.tracing
}

# count = 0: the stage does not exist.
resource "aws_api_gateway_stage" "old" {
  count         = 0
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = "abc123"
  stage_name    = "old"
}
