# The name says it is a password.
resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/orders/db_password"
  type  = "String" # expect: AWS-SSM-001
  value = "change-me-please"
}

# The value has the shape of an AWS access key id.
resource "aws_ssm_parameter" "config" {
  name           = "/prod/orders/upload-user"
  type           = "String" # expect: AWS-SSM-001
  insecure_value = "AKIAIOSFODNN7EXAMPLE"
}

# The value is a generated password; the type comes through a variable default.
variable "param_type" {
  default = "String"
}

resource "random_password" "cache" {
  length = 32
}

resource "aws_ssm_parameter" "cache" {
  name  = "/prod/orders/cache"
  type  = var.param_type # expect: AWS-SSM-001
  value = random_password.cache.result
}
