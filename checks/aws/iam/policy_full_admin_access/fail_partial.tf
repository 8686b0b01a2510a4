# Policies only partly known before apply (they name a bucket ARN computed at apply time):
# the known part already grants everything.
resource "aws_s3_bucket" "logs" {
  bucket = "example-logs"
}

# jsonencode: Action "*" on Resource "*", next to the bucket ARN.
resource "aws_iam_policy" "encoded" {
  name = "encoded"
  policy = jsonencode({ # expect: AWS-IAM-001
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*"
      Resource = [aws_s3_bucket.logs.arn, "*"]
    }]
  })
}

# A heredoc that interpolates the ARN in one statement; the other grants everything.
resource "aws_iam_role_policy" "heredoc" {
  name = "heredoc"
  role = "app"
  policy = ( # expect: AWS-IAM-001
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "${aws_s3_bucket.logs.arn}/*"},
    {"Effect": "Allow", "Action": "*:*", "Resource": "*"}
  ]
}
EOF
  )
}

# A policy document data source whose resources include the unknown ARN.
data "aws_iam_policy_document" "mixed" {
  statement {
    actions   = ["*"]
    resources = [aws_s3_bucket.logs.arn, "*"]
  }
}

resource "aws_iam_user_policy" "document" {
  name   = "document"
  user   = "deployer"
  policy = data.aws_iam_policy_document.mixed.json # expect: AWS-IAM-001
}

# One of two inline policies of a role.
resource "aws_iam_role" "ops" {
  name = "ops"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })

  inline_policy {
    name   = "read-logs"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "${aws_s3_bucket.logs.arn}/*" }] })
  }

  inline_policy {
    name   = "everything"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "*", Resource = ["*", aws_s3_bucket.logs.arn] }] }) # expect: AWS-IAM-001
  }
}
