# The same dynamic block with the module's default input: encryption on.
variable "encrypt_at_rest" {
  type    = map(any)
  default = { enabled = true }
}

resource "aws_opensearch_domain" "this" {
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

# Input not known statically: no finding.
variable "encryption" {
  type = any
}

resource "aws_opensearch_domain" "unknown" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.11"

  dynamic "encrypt_at_rest" {
    for_each = var.encryption
    content {
      enabled = encrypt_at_rest.value.enabled
    }
  }
}
