variable "log_level" {
  default = "OFF"
}

resource "aws_sfn_state_machine" "unlogged" { # expect: AWS-SFN-001
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "off" {
  name       = "billing"
  role_arn   = "arn:aws:iam::123456789012:role/billing-sfn"
  type       = "EXPRESS"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    level = var.log_level # expect: AWS-SFN-001
  }
}

# A destination without a level logs nothing: the level defaults to OFF.
resource "aws_sfn_state_machine" "no_level" {
  name       = "reports"
  role_arn   = "arn:aws:iam::123456789012:role/reports-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration { # expect: AWS-SFN-001
    log_destination = "arn:aws:logs:eu-west-1:123456789012:log-group:/sfn/reports:*"
  }
}
