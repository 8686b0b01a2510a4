resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    result_configuration { # expect: AWS-ATHENA-002
      output_location = "s3://athena-results-example/analysts/"
    }
  }
}

variable "output_location" {
  type    = string
  default = "s3://athena-results-example/etl/"
}

resource "aws_athena_workgroup" "etl" {
  name = "etl"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration { # expect: AWS-ATHENA-002
      output_location = var.output_location
    }
  }
}
