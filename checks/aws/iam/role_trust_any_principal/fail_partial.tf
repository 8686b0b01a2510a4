# Trust policies only partly known before apply (they name a role ARN computed at apply
# time): the known part already lets anyone assume the role.
resource "aws_iam_role" "admin" {
  name = "admin"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::123456789012:root" } }]
  })
}

# jsonencode: one statement trusts the admin role, another anyone.
resource "aws_iam_role" "encoded" {
  name = "encoded"
  assume_role_policy = jsonencode({ # expect: AWS-IAM-004
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = aws_iam_role.admin.arn }
      }, {
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "*" }
    }]
  })
}

# A heredoc: the unknown ARN sits next to "*" in the same principal.
resource "aws_iam_role" "heredoc" {
  name = "heredoc"
  assume_role_policy = ( # expect: AWS-IAM-004
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": "sts:*", "Principal": {"AWS": ["${aws_iam_role.admin.arn}", "*"]}}
  ]
}
EOF
  )
}

# A policy document data source: the identifiers include the unknown ARN and "*".
data "aws_iam_policy_document" "anyone" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.admin.arn, "*"]
    }
  }
}

resource "aws_iam_role" "document" {
  name               = "document"
  assume_role_policy = data.aws_iam_policy_document.anyone.json # expect: AWS-IAM-004
}
