# Bucket policies that name the bucket ARN, only known after apply: the principal and the
# missing condition are known already.
resource "aws_s3_bucket" "site" {
  bucket = "example-public-site"
}

# jsonencode with the bucket ARN.
resource "aws_s3_bucket_policy" "encoded" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({ # expect: AWS-S3-002
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.site.arn}/*"
    }]
  })
}

# A heredoc.
resource "aws_s3_bucket_policy" "heredoc" {
  bucket = aws_s3_bucket.site.id
  policy = ( # expect: AWS-S3-002
    <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["s3:GetObject", "s3:ListBucket"],
     "Resource": ["${aws_s3_bucket.site.arn}", "${aws_s3_bucket.site.arn}/*"]}
  ]
}
EOF
  )
}

# A policy document data source whose principals mix an unknown role ARN with "*".
resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

data "aws_iam_policy_document" "readers" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = [aws_iam_role.reader.arn, "*"]
    }
  }
}

resource "aws_s3_bucket_policy" "document" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.readers.json # expect: AWS-S3-002
}
