# Partly known policies that pass only named roles, or are narrowed: no finding.
resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

variable "service" {
  type = string
}

# PassRole on one role, whose ARN is only known after apply.
resource "aws_iam_policy" "one_role" {
  name = "one-role"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "iam:PassRole", Resource = aws_iam_role.worker.arn }]
  })
}

# PassRole on "*", narrowed by a condition whose value is unknown.
data "aws_iam_policy_document" "narrowed" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = [var.service]
    }
  }
}

resource "aws_iam_policy" "narrowed" {
  name   = "narrowed"
  policy = data.aws_iam_policy_document.narrowed.json
}
