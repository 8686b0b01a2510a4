# Bucket policies that name ARNs only known after apply, with a principal, effect or
# condition that keeps the bucket private: no finding.
resource "aws_s3_bucket" "data" {
  bucket = "example-private-data"
}

resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }]
  })
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id       = "vpc-0123456789abcdef0"
  service_name = "com.amazonaws.us-east-1.s3"
}

variable "effect" {
  type = string
}

# A named role, only known after apply.
resource "aws_s3_bucket_policy" "role" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = aws_iam_role.reader.arn }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.data.arn}/*"
    }]
  })
}

# Everyone, through one VPC endpoint whose id is only known after apply.
resource "aws_s3_bucket_policy" "vpce" {
  bucket = aws_s3_bucket.data.id
  policy = <<EOF
{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject",
  "Resource": "${aws_s3_bucket.data.arn}/*",
  "Condition": {"StringEquals": {"aws:SourceVpce": "${aws_vpc_endpoint.s3.id}"}}}]}
EOF
}

# The effect is unknown: it might be Deny.
data "aws_iam_policy_document" "maybe" {
  statement {
    effect    = var.effect
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_s3_bucket_policy" "maybe" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.maybe.json
}
