resource "aws_api_gateway_rest_api" "api" {
  name = "orders"
}

resource "aws_api_gateway_method_settings" "all" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "prod"
  method_path = "*/*"

  settings {
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

# No caching: nothing is stored.
resource "aws_api_gateway_method_settings" "metrics" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "prod"
  method_path = "orders/GET"

  settings {
    metrics_enabled = true
    logging_level   = "INFO"
  }
}

# Not known statically: no finding.
variable "encrypt_cache" {
  type = bool
}

resource "aws_api_gateway_method_settings" "unknown" {
  rest_api_id = aws_api_gateway_rest_api.api.id
  stage_name  = "prod"
  method_path = "orders/POST"

  settings {
    caching_enabled      = true
    cache_data_encrypted = var.encrypt_cache
  }
}
