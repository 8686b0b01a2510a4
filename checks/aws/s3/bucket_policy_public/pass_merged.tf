# The document merges others whose content is not known here: no finding either way.
variable "extra_policy" {
  type = string
}

resource "aws_s3_bucket" "data" {
  bucket = "example-merged"
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [var.extra_policy]

  statement {
    actions   = ["s3:GetObject"]
    resources = ["${aws_s3_bucket.data.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::123456789012:root"]
    }
  }
}

resource "aws_s3_bucket_policy" "merged" {
  bucket = aws_s3_bucket.data.id
  policy = data.aws_iam_policy_document.merged.json
}
