# A policy that names the bucket ARN, only known after apply. Everything that decides the
# check is known: the only statement is an Allow, so nothing refuses plain HTTP.
resource "aws_s3_bucket" "shared" {
  bucket = "example-shared"
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id
  policy = jsonencode({ # expect: AWS-S3-012
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = "s3:GetObject"
      Resource  = "${aws_s3_bucket.shared.arn}/*"
    }]
  })
}
