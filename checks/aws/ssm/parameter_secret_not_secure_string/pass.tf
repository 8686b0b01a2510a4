resource "aws_ssm_parameter" "db_password" {
  name  = "/prod/orders/db_password"
  type  = "SecureString"
  value = "change-me-please"
}

# Plain configuration.
resource "aws_ssm_parameter" "db_host" {
  name  = "/prod/orders/db_host"
  type  = "String"
  value = "orders.cluster-abc.us-east-1.rds.amazonaws.com"
}

# A pointer to where the secret is kept is not itself a secret.
resource "aws_ssm_parameter" "secret_arn" {
  name  = "/prod/orders/db_password_secret_arn"
  type  = "String"
  value = "arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"
}

# The type is not known statically: no finding.
variable "param_type" {
  type = string
}

resource "aws_ssm_parameter" "token" {
  name  = "/prod/orders/api_token"
  type  = var.param_type
  value = "not-known-to-be-plain"
}

# "secrets" is only a namespace in the path; the value is a user name.
resource "aws_ssm_parameter" "db_user" {
  name  = "/prod/secrets/db_user"
  type  = "String"
  value = "orders_app"
}
