locals {
  bucket_name = "${var.name}-customer-uploads"
}

resource "aws_s3_bucket" "uploads" {
  bucket = local.bucket_name
}

resource "aws_s3_bucket_acl" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  acl    = "public-read"
}

resource "aws_s3_bucket_policy" "uploads" {
  bucket = aws_s3_bucket.uploads.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::${local.bucket_name}/*"
    }]
  })
}

resource "aws_db_instance" "orders" {
  identifier          = "${var.name}-orders"
  engine              = "postgres"
  instance_class      = "db.t3.micro"
  allocated_storage   = 20
  username            = "orders"
  manage_master_user_password = true
  publicly_accessible = var.db_public
  storage_encrypted   = false
  skip_final_snapshot = true
}

resource "aws_ebs_volume" "scratch" {
  availability_zone = "us-east-1a"
  size              = 100
}

resource "aws_instance" "worker" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.small"
  subnet_id                   = aws_subnet.public.id
  associate_public_ip_address = true
}

data "aws_iam_policy_document" "ops" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "ops" {
  name   = "${var.name}-ops"
  policy = data.aws_iam_policy_document.ops.json
}

resource "aws_kms_key" "data" {
  description = "Data key"
}

resource "aws_cloudtrail" "audit" {
  name           = "${var.name}-audit"
  s3_bucket_name = "${var.name}-audit-logs"
}
