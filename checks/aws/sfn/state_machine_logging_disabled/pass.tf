variable "log_level" {
  type = string
}

resource "aws_cloudwatch_log_group" "sfn" {
  name = "/sfn/orders"
}

resource "aws_sfn_state_machine" "logged" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    log_destination        = "${aws_cloudwatch_log_group.sfn.arn}:*"
    include_execution_data = false
    level                  = "ERROR"
  }
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "billing"
  role_arn   = "arn:aws:iam::123456789012:role/billing-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  logging_configuration {
    log_destination = "${aws_cloudwatch_log_group.sfn.arn}:*"
    level           = var.log_level
  }
}

resource "aws_sfn_state_machine" "none" {
  count      = 0
  name       = "unused"
  role_arn   = "arn:aws:iam::123456789012:role/unused-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}
