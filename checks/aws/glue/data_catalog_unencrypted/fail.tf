resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    }

    encryption_at_rest {
      catalog_encryption_mode = "DISABLED" # expect: AWS-GLUE-001
    }
  }
}

variable "catalog_encryption_mode" {
  type    = string
  default = "DISABLED"
}

resource "aws_glue_data_catalog_encryption_settings" "other_account" {
  catalog_id = "210987654321"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
    }

    encryption_at_rest {
      catalog_encryption_mode = var.catalog_encryption_mode # expect: AWS-GLUE-001
    }
  }
}
