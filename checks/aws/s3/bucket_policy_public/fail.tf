resource "aws_s3_bucket" "site" {
  bucket = "example-public-site"
}

# A heredoc policy (kept in a local) that lets anyone read every object.
locals {
  public_read = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "PublicRead",
      "Effect": "Allow",
      "Principal": "*",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::example-public-site/*"
    }
  ]
}
POLICY
}

resource "aws_s3_bucket_policy" "site" {
  bucket = aws_s3_bucket.site.id
  policy = local.public_read # expect: AWS-S3-002
}

# jsonencode with {"AWS": "*"}, the principal coming from a variable default.
variable "reader" {
  default = "*"
}

resource "aws_s3_bucket_policy" "encoded" {
  bucket = aws_s3_bucket.site.id
  policy = jsonencode({ # expect: AWS-S3-002
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.reader }
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = ["arn:aws:s3:::example-public-site", "arn:aws:s3:::example-public-site/*"]
    }]
  })
}

# A policy document data source; the bucket ARN is only known after apply, the public
# principal is known now.
data "aws_iam_policy_document" "anyone_can_write" {
  statement {
    sid       = "AnyoneCanUpload"
    actions   = ["s3:PutObject"]
    resources = ["${aws_s3_bucket.site.arn}/*"]

    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "from_document" {
  bucket = aws_s3_bucket.site.id
  policy = data.aws_iam_policy_document.anyone_can_write.json # expect: AWS-S3-002
}

# The legacy inline policy argument of aws_s3_bucket.
resource "aws_s3_bucket" "legacy" {
  bucket = "example-legacy"
  policy = jsonencode({ # expect: AWS-S3-002
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:*"
      Resource  = "arn:aws:s3:::example-legacy/*"
    }]
  })
}
