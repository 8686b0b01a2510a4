# Everyone may do anything with the key.
resource "aws_kms_key" "open" {
  description         = "open"
  enable_key_rotation = true
  policy = jsonencode({ # expect: AWS-KMS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Everyone"
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "kms:*"
      Resource  = "*"
    }]
  })
}

resource "aws_kms_key" "shared" {
  description         = "shared"
  enable_key_rotation = true
}

# A separate key policy resource built from a data source.
data "aws_iam_policy_document" "shared" {
  statement {
    sid       = "Admin"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
  statement {
    sid       = "DecryptForAll"
    actions   = ["kms:Decrypt", "kms:DescribeKey"]
    resources = ["*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_kms_key_policy" "shared" {
  key_id = aws_kms_key.shared.id
  policy = data.aws_iam_policy_document.shared.json # expect: AWS-KMS-002
}
