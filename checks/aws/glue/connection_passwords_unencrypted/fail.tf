resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false # expect: AWS-GLUE-002
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }
  }
}

variable "encrypt_passwords" {
  type    = bool
  default = false
}

resource "aws_glue_data_catalog_encryption_settings" "other_account" {
  catalog_id = "210987654321"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = var.encrypt_passwords # expect: AWS-GLUE-002
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
    }
  }
}
