variable "tracing" {
  default = false
}

resource "aws_sfn_state_machine" "untraced" { # expect: AWS-SFN-002
  name       = "orders"
  role_arn   = "arn:aws:iam::123456789012:role/orders-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })
}

resource "aws_sfn_state_machine" "off" {
  name       = "billing"
  role_arn   = "arn:aws:iam::123456789012:role/billing-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {
    enabled = var.tracing # expect: AWS-SFN-002
  }
}

resource "aws_sfn_state_machine" "empty" {
  name       = "reports"
  role_arn   = "arn:aws:iam::123456789012:role/reports-sfn"
  definition = jsonencode({ StartAt = "Done", States = { Done = { Type = "Succeed" } } })

  tracing_configuration {} # expect: AWS-SFN-002
}
