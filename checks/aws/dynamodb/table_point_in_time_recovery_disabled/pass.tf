variable "pitr" {
  type = bool
}

resource "aws_dynamodb_table" "protected" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# Unknown until plan time: no finding.
resource "aws_dynamodb_table" "unknown" {
  name         = "carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.pitr
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
