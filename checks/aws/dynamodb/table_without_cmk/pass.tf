variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "tables" {
  description         = "DynamoDB tables"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "cmk" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.tables.arn
  }
}

# The key comes from a variable without a value: it cannot be known, so no finding.
resource "aws_dynamodb_table" "unknown" {
  name         = "carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = var.kms_key_arn
  }
}

# count = 0: the resource does not exist.
resource "aws_dynamodb_table" "disabled" {
  count        = 0
  name         = "scratch"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}
