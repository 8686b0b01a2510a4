variable "encryption_option" {
  type = string
}

resource "aws_kms_key" "athena" {
  description         = "Athena query results"
  enable_key_rotation = true
}

resource "aws_athena_workgroup" "encrypted" {
  name = "analysts"

  configuration {
    result_configuration {
      output_location = "s3://athena-results-example/analysts/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = aws_kms_key.athena.arn
      }
    }
  }
}

# Unknown option: no finding.
resource "aws_athena_workgroup" "unknown" {
  name = "etl"

  configuration {
    result_configuration {
      output_location = "s3://athena-results-example/etl/"

      encryption_configuration {
        encryption_option = var.encryption_option
      }
    }
  }
}

# Managed query results are always encrypted.
resource "aws_athena_workgroup" "managed" {
  name = "managed"

  configuration {
    managed_query_results_configuration {
      enabled = true
    }
  }
}

# count = 0: the workgroup does not exist.
resource "aws_athena_workgroup" "disabled" {
  count = 0
  name  = "unused"

  configuration {
    result_configuration {
      output_location = "s3://athena-results-example/unused/"
    }
  }
}
