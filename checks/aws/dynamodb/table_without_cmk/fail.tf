# No server_side_encryption block: an AWS owned key.
resource "aws_dynamodb_table" "default" { # expect: AWS-DYNAMODB-002
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

# Enabled without a key: the AWS managed key aws/dynamodb.
resource "aws_dynamodb_table" "aws_managed" {
  name         = "carts"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption { # expect: AWS-DYNAMODB-002
    enabled = true
  }
}

variable "sse" {
  default = false
}

resource "aws_dynamodb_table" "disabled" {
  name         = "events"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled = var.sse # expect: AWS-DYNAMODB-002
  }
}

# The AWS managed key named explicitly is still not a customer managed key.
resource "aws_dynamodb_table" "aws_alias" {
  name         = "sessions"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:us-east-1:111122223333:alias/aws/dynamodb" # expect: AWS-DYNAMODB-002
  }
}
