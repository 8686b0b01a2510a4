resource "aws_s3_bucket" "legacy" {
  bucket = "legacy-assets"
  acl    = "public-read" # expect: AWS-S3-001
}

variable "acl" {
  default = "public-read-write"
}

resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_acl" "data" {
  bucket = aws_s3_bucket.data.id
  acl    = var.acl # expect: AWS-S3-001
}

resource "aws_s3_bucket_acl" "grants" {
  bucket = aws_s3_bucket.data.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers" # expect: AWS-S3-001
      }
      permission = "READ"
    }
    owner {
      id = "abc"
    }
  }
}
