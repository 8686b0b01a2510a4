resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.api.id
  deployment_id         = "abc123"
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

# Caching on, encryption left at its default (off).
resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"

  settings { # expect: AWS-APIGW-004
    caching_enabled = true
    cache_ttl_in_seconds = 300
  }
}

variable "encrypt_cache" {
  default = false
}

resource "aws_api_gateway_method_settings" "orders" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "orders/GET"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt_cache # expect: AWS-APIGW-004
  }
}
