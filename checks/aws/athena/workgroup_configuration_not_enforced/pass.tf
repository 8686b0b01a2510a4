variable "enforce" {
  type = bool
}

resource "aws_athena_workgroup" "enforced" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://athena-results-example/analysts/"

      encryption_configuration {
        encryption_option = "SSE_S3"
      }
    }
  }
}

# Enforcement is on by default.
resource "aws_athena_workgroup" "default" {
  name = "reporting"

  configuration {
    result_configuration {
      output_location = "s3://athena-results-example/reporting/"
    }
  }
}

# Unknown at plan time: no finding.
resource "aws_athena_workgroup" "unknown" {
  name = "etl"

  configuration {
    enforce_workgroup_configuration = var.enforce
  }
}

# count = 0: the workgroup does not exist.
resource "aws_athena_workgroup" "disabled" {
  count = 0
  name  = "unused"

  configuration {
    enforce_workgroup_configuration = false
  }
}
