# No versioning anywhere.
resource "aws_s3_bucket" "bare" { # expect: AWS-S3-010
  bucket = "example-bare"
}

# The split resource with versioning suspended (from a variable default).
variable "versioning_status" {
  default = "Suspended"
}

resource "aws_s3_bucket" "split" {
  bucket = "example-split"
}

resource "aws_s3_bucket_versioning" "split" {
  bucket = aws_s3_bucket.split.id
  versioning_configuration {
    status = var.versioning_status # expect: AWS-S3-010
  }
}

# The legacy inline block: turned off, and enabled left unset (defaults to false).
resource "aws_s3_bucket" "legacy_off" {
  bucket = "example-legacy-off"
  versioning {
    enabled = false # expect: AWS-S3-010
  }
}

resource "aws_s3_bucket" "legacy_unset" {
  bucket = "example-legacy-unset"
  versioning { # expect: AWS-S3-010
    mfa_delete = false
  }
}
