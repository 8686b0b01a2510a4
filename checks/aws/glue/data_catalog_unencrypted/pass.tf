variable "catalog_encryption_mode" {
  type = string
}

resource "aws_kms_key" "glue" {
  description         = "Glue Data Catalog"
  enable_key_rotation = true
}

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue.arn
    }

    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.glue.arn
    }
  }
}

# Unknown at plan time: no finding.
resource "aws_glue_data_catalog_encryption_settings" "unknown" {
  catalog_id = "210987654321"

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.glue.arn
    }

    encryption_at_rest {
      catalog_encryption_mode = var.catalog_encryption_mode
    }
  }
}

# count = 0: the settings do not exist.
resource "aws_glue_data_catalog_encryption_settings" "disabled" {
  count = 0

  data_catalog_encryption_settings {
    connection_password_encryption {
      return_connection_password_encrypted = false
    }

    encryption_at_rest {
      catalog_encryption_mode = "DISABLED"
    }
  }
}
