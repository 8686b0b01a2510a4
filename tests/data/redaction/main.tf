variable "bucket_acl" {
  type      = string
  default   = "public-read-write"
  sensitive = true
}

variable "db_password" {
  type      = string
  default   = "Corr3ct-Horse-Battery"
  sensitive = true
}

resource "aws_s3_bucket_acl" "logs" {
  bucket = "logs"
  acl    = var.bucket_acl
}

resource "aws_instance" "web" {
  ami           = "ami-12345678"
  instance_type = "t3.micro"
  user_data     = "#!/bin/sh\nexport AWS_ACCESS_KEY_ID=AKIA2E0A8F3B244C9986\nDATABASE_URL=postgres://app:${var.db_password}@db/app\n"
  metadata_options {
    http_tokens = "required"
  }
  root_block_device {
    encrypted = true
  }
}

module "cfg" {
  source = "./modules/cfg"
}

resource "aws_s3_bucket_acl" "archive" {
  bucket = "archive"
  acl    = module.cfg.acl
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/api"
  runtime       = "python3.12"
  handler       = "app.handler"
  environment {
    variables = {
      OWNER = "ghp_abcdefghijklmnopqrstuvwxyz0123456789"
    }
  }
}

variable "shouted_acl" {
  type      = string
  default   = "PUBLIC-READ"
  sensitive = true
}

resource "aws_s3_bucket_acl" "derived" {
  bucket = "derived"
  acl    = lower(var.shouted_acl)
}
