# Partly known bucket policies. The check proves an absence, so it stays silent whenever an
# unknown part might be the Deny it looks for.
variable "secure_transport" {
  type = string
}

variable "effect" {
  type = string
}

variable "extra_statement" {
  type = any
}

variable "principal_type" {
  type = string
}

# The usual Deny, next to the bucket ARN: known to refuse plain HTTP.
resource "aws_s3_bucket" "known_deny" {
  bucket = "example-known-deny"
}

resource "aws_s3_bucket_policy" "known_deny" {
  bucket = aws_s3_bucket.known_deny.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.known_deny.arn, "${aws_s3_bucket.known_deny.arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}

# The value of the SecureTransport condition is unknown.
resource "aws_s3_bucket" "unknown_value" {
  bucket = "example-unknown-value"
}

resource "aws_s3_bucket_policy" "unknown_value" {
  bucket = aws_s3_bucket.unknown_value.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "${aws_s3_bucket.unknown_value.arn}/*"
      Condition = { Bool = { "aws:SecureTransport" = var.secure_transport } }
    }]
  })
}

# A heredoc whose effect is unknown.
resource "aws_s3_bucket" "unknown_effect" {
  bucket = "example-unknown-effect"
}

resource "aws_s3_bucket_policy" "unknown_effect" {
  bucket = aws_s3_bucket.unknown_effect.id
  policy = <<EOF
{"Statement": [{"Effect": "${var.effect}", "Principal": "*", "Action": "s3:*",
  "Resource": "${aws_s3_bucket.unknown_effect.arn}/*",
  "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
EOF
}

# A statement that is unknown as a whole.
resource "aws_s3_bucket" "unknown_statement" {
  bucket = "example-unknown-statement"
}

resource "aws_s3_bucket_policy" "unknown_statement" {
  bucket = aws_s3_bucket.unknown_statement.id
  policy = jsonencode({
    Statement = [
      { Effect = "Allow", Principal = { AWS = "arn:aws:iam::123456789012:root" }, Action = "s3:GetObject", Resource = "${aws_s3_bucket.unknown_statement.arn}/*" },
      var.extra_statement,
    ]
  })
}

# A policy document data source whose principal type is unknown.
resource "aws_s3_bucket" "unknown_principal" {
  bucket = "example-unknown-principal"
}

data "aws_iam_policy_document" "unknown_principal" {
  statement {
    effect    = "Deny"
    actions   = ["s3:*"]
    resources = ["${aws_s3_bucket.unknown_principal.arn}/*"]
    principals {
      type        = var.principal_type
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "unknown_principal" {
  bucket = aws_s3_bucket.unknown_principal.id
  policy = data.aws_iam_policy_document.unknown_principal.json
}
