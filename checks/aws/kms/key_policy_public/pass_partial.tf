# Partly known key policies whose unknown parts name the principal or add a condition: no
# finding.
resource "aws_iam_role" "admin" {
  name = "key-admin"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

variable "account_id" {
  type = string
}

# The principal is only known after apply.
resource "aws_kms_key" "encoded" {
  description         = "encoded"
  enable_key_rotation = true
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { AWS = aws_iam_role.admin.arn }, Action = "kms:*", Resource = "*" }]
  })
}

# Everyone, but only callers of one account, whose id is not known here.
resource "aws_kms_key" "heredoc" {
  description         = "heredoc"
  enable_key_rotation = true
  policy              = <<EOF
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "kms:Decrypt", "Resource": "*",
  "Condition": {"StringEquals": {"kms:CallerAccount": "${var.account_id}"}}}]}
EOF
}
