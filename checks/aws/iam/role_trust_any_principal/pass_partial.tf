# Partly known trust policies whose unknown parts name the principal or add a condition: no
# finding.
resource "aws_iam_role" "admin" {
  name = "admin"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

resource "random_password" "external_id" {
  length = 32
}

# The principal is only known after apply.
resource "aws_iam_role" "encoded" {
  name = "encoded"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = aws_iam_role.admin.arn } }]
  })
}

# Anyone, but with an external id that is only known after apply.
resource "aws_iam_role" "heredoc" {
  name               = "heredoc"
  assume_role_policy = <<EOF
{"Statement": [{"Effect": "Allow", "Action": "sts:AssumeRole", "Principal": {"AWS": "*"},
  "Condition": {"StringEquals": {"sts:ExternalId": "${random_password.external_id.result}"}}}]}
EOF
}

# A policy document data source whose principal type is unknown.
variable "principal_type" {
  type = string
}

data "aws_iam_policy_document" "unknown_type" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = var.principal_type
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "document" {
  name               = "document"
  assume_role_policy = data.aws_iam_policy_document.unknown_type.json
}
