# A module-style dynamic block whose input defaults to nothing: no block is rendered.
variable "encrypt_at_rest" {
  type    = map(any)
  default = {}
}

resource "aws_opensearch_domain" "this" { # expect: AWS-OPENSEARCH-001
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  dynamic "encrypt_at_rest" {
    for_each = length(var.encrypt_at_rest) > 0 ? [var.encrypt_at_rest] : []
    content {
      enabled    = try(encrypt_at_rest.value.enabled, true)
      kms_key_id = try(encrypt_at_rest.value.kms_key_id, null)
    }
  }
}
