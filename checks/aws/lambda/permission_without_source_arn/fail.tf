resource "aws_lambda_permission" "s3" { # expect: AWS-LAMBDA-003
  statement_id  = "AllowS3Invoke"
  action        = "lambda:InvokeFunction"
  function_name = "thumbnails"
  principal     = "s3.amazonaws.com"
}

variable "principal" {
  default = "events.amazonaws.com"
}

resource "aws_lambda_permission" "from_variable" { # expect: AWS-LAMBDA-003
  statement_id  = "AllowEventsInvoke"
  action        = "lambda:InvokeFunction"
  function_name = "nightly"
  principal     = var.principal
}
