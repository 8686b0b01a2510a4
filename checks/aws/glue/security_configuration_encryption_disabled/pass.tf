variable "s3_mode" {
  type = string
}

resource "aws_kms_key" "glue" {
  description         = "Glue jobs"
  enable_key_rotation = true
}

resource "aws_glue_security_configuration" "encrypted" {
  name = "etl"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }

    s3_encryption {
      s3_encryption_mode = "SSE-S3"
    }
  }
}

# Unknown at plan time: no finding.
resource "aws_glue_security_configuration" "unknown" {
  name = "crawlers"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.glue.arn
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.glue.arn
    }

    s3_encryption {
      s3_encryption_mode = var.s3_mode
      kms_key_arn        = aws_kms_key.glue.arn
    }
  }
}

# count = 0: the configuration does not exist.
resource "aws_glue_security_configuration" "disabled" {
  count = 0
  name  = "unused"

  encryption_configuration {
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "DISABLED"
    }

    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "DISABLED"
    }

    s3_encryption {
      s3_encryption_mode = "DISABLED"
    }
  }
}
