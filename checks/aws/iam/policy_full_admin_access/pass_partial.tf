# Partly known policies whose unknown parts might make them harmless: no finding.
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

variable "effect" {
  type = string
}

variable "actions" {
  type = list(string)
}

# The effect is unknown: it might be Deny.
resource "aws_iam_policy" "maybe_deny" {
  name = "maybe-deny"
  policy = jsonencode({
    Statement = [{ Effect = var.effect, Action = "*", Resource = "*" }]
  })
}

# Action "*", but only on the bucket (whose ARN is unknown), not on "*".
resource "aws_iam_policy" "bucket_only" {
  name = "bucket-only"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "*", Resource = [aws_s3_bucket.logs.arn, "${aws_s3_bucket.logs.arn}/*"] }]
  })
}

# A heredoc whose action is interpolated: it might be anything.
resource "aws_iam_role_policy" "heredoc" {
  name   = "heredoc"
  role   = "app"
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Action": "${var.actions[0]}", "Resource": "*"}]}
EOF
}

# A policy document data source with unknown actions.
data "aws_iam_policy_document" "unknown_actions" {
  statement {
    actions   = var.actions
    resources = ["*"]
  }
}

resource "aws_iam_policy" "document" {
  name   = "document"
  policy = data.aws_iam_policy_document.unknown_actions.json
}
