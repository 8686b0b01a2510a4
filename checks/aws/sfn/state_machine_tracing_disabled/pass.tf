variable "tracing" {
  type = bool
}

resource "aws_sfn_state_machine" "traced" {
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = true
  }
}

resource "aws_sfn_state_machine" "unknown" {
  name       = "billing"
  role_arn   = "arn:aws:iam::123456789012:role/billing-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = var.tracing
  }
}

resource "aws_sfn_state_machine" "none" {
  count      = 0
  name       = "unused"
  role_arn   = "arn:aws:iam::123456789012:role/unused-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}
