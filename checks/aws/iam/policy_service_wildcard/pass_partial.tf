# Partly known policies whose unknown parts might make them harmless: no finding.
resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

variable "condition" {
  type = any
}

variable "account" {
  type = string
}

# The condition is unknown as a whole: it might narrow the statement.
resource "aws_iam_policy" "maybe_narrowed" {
  name = "maybe-narrowed"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "s3:*", Resource = "*", Condition = var.condition }]
  })
}

# A service wildcard only on the table (whose ARN is unknown).
resource "aws_iam_policy" "table_only" {
  name = "table-only"
  policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "dynamodb:*", Resource = aws_dynamodb_table.orders.arn }]
  })
}

# A policy document data source whose condition value is unknown: still a condition.
data "aws_iam_policy_document" "conditioned" {
  statement {
    actions   = ["s3:*"]
    resources = ["*", aws_dynamodb_table.orders.arn]
    condition {
      test     = "StringEquals"
      variable = "aws:ResourceAccount"
      values   = [var.account]
    }
  }
}

resource "aws_iam_policy" "document" {
  name   = "document"
  policy = data.aws_iam_policy_document.conditioned.json
}
