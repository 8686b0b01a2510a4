# Policies only partly known before apply (they name a table ARN computed at apply time):
# the known part already grants a whole service on "*".
resource "aws_dynamodb_table" "orders" {
  name     = "orders"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
}

# jsonencode: "s3:*" on "*" next to the table ARN.
resource "aws_iam_policy" "encoded" {
  name = "encoded"
  policy = jsonencode({ # expect: AWS-IAM-002
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["dynamodb:GetItem", "s3:*"]
      Resource = [aws_dynamodb_table.orders.arn, "*"]
    }]
  })
}

# A heredoc that interpolates the ARN in one statement; the other grants all of IAM.
resource "aws_iam_role_policy" "heredoc" {
  name = "heredoc"
  role = "app"
  policy = ( # expect: AWS-IAM-002
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "dynamodb:Query", "Resource": "${aws_dynamodb_table.orders.arn}"},
    {"Effect": "Allow", "Action": "iam:*", "Resource": "*"}
  ]
}
EOF
  )
}

# A policy document data source whose resources include the unknown ARN.
data "aws_iam_policy_document" "tables" {
  statement {
    actions   = ["dynamodb:*"]
    resources = [aws_dynamodb_table.orders.arn, "*"]
  }
}

resource "aws_iam_policy" "document" {
  name   = "document"
  policy = data.aws_iam_policy_document.tables.json # expect: AWS-IAM-002
}
