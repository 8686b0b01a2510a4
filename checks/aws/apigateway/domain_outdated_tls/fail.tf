resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abcd"
  security_policy          = "TLS_1_0" # expect: AWS-APIGW-005

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

variable "tls_policy" {
  default = "TLS_1_0"
}

resource "aws_api_gateway_domain_name" "legacy" {
  domain_name     = "legacy.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/efgh"
  security_policy = var.tls_policy # expect: AWS-APIGW-005
}
