resource "aws_api_gateway_domain_name" "api" {
  domain_name              = "api.example.com"
  regional_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abcd"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

# Not known statically: no finding.
variable "tls_policy" {
  type = string
}

resource "aws_api_gateway_domain_name" "other" {
  domain_name     = "other.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/efgh"
  security_policy = var.tls_policy
}

# count = 0: the domain does not exist.
resource "aws_api_gateway_domain_name" "old" {
  count           = 0
  domain_name     = "old.example.com"
  certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/ijkl"
  security_policy = "TLS_1_0"
}
