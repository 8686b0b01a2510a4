resource "aws_athena_workgroup" "analysts" {
  name = "analysts"

  configuration {
    enforce_workgroup_configuration = false # expect: AWS-ATHENA-001

    result_configuration {
      output_location = "s3://athena-results-example/analysts/"

      encryption_configuration {
        encryption_option = "SSE_KMS"
        kms_key_arn       = "arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"
      }
    }
  }
}

variable "enforce" {
  type    = bool
  default = false
}

resource "aws_athena_workgroup" "from_variable" {
  name = "etl"

  configuration {
    enforce_workgroup_configuration = var.enforce # expect: AWS-ATHENA-001
  }
}
