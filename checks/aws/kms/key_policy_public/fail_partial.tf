# Key policies only partly known before apply (they name a role ARN computed at apply time):
# the known part already opens the key to everyone.
resource "aws_iam_role" "admin" {
  name = "key-admin"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

# jsonencode: the admin role manages the key, and everyone may decrypt.
resource "aws_kms_key" "encoded" {
  description         = "encoded"
  enable_key_rotation = true
  policy = jsonencode({ # expect: AWS-KMS-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "Admin"
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.admin.arn }
      Action    = "kms:*"
      Resource  = "*"
      }, {
      Sid       = "DecryptForAll"
      Effect    = "Allow"
      Principal = "*"
      Action    = "kms:Decrypt"
      Resource  = "*"
    }]
  })
}

# A heredoc with the same statements.
resource "aws_kms_key" "heredoc" {
  description         = "heredoc"
  enable_key_rotation = true
  policy = ( # expect: AWS-KMS-002
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "${aws_iam_role.admin.arn}"}, "Action": "kms:*", "Resource": "*"},
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Encrypt", "kms:Decrypt"], "Resource": "*"}
  ]
}
EOF
  )
}

# A policy document data source: everyone may call every action but those excluded, and the
# exclusions are unknown. Whatever they are, every other action is open.
variable "excluded_actions" {
  type = list(string)
}

data "aws_iam_policy_document" "all_but" {
  statement {
    not_actions = var.excluded_actions
    resources   = ["*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.admin.arn, "*"]
    }
  }
}

resource "aws_kms_key" "document" {
  description         = "document"
  enable_key_rotation = true
  policy              = data.aws_iam_policy_document.all_but.json # expect: AWS-KMS-002
}
