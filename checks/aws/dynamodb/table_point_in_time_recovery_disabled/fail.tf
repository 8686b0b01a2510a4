# No point_in_time_recovery block: continuous backups are off.
resource "aws_dynamodb_table" "missing" { # expect: AWS-DYNAMODB-001
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

variable "pitr" {
  default = false
}

resource "aws_dynamodb_table" "disabled" {
  name         = "carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.pitr # expect: AWS-DYNAMODB-001
  }
}

# A dynamic block over an empty list renders no block at all.
resource "aws_dynamodb_table" "dynamic_empty" { # expect: AWS-DYNAMODB-001
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  dynamic "point_in_time_recovery" {
    for_each = []
    content {
      enabled = true
    }
  }
}
