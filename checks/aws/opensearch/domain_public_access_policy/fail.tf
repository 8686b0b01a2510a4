# A public endpoint and a policy that lets anyone in.
resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.11"

  access_policies = jsonencode({ # expect: AWS-OPENSEARCH-006
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/search/*"
    }]
  })
}

# The policy is a separate resource; the principal comes through a variable default.
variable "principal" {
  default = "*"
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name           = "legacy"
  elasticsearch_version = "7.10"
}

data "aws_iam_policy_document" "legacy" {
  statement {
    actions   = ["es:ESHttpGet"]
    resources = ["${aws_elasticsearch_domain.legacy.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = [var.principal]
    }
  }
}

resource "aws_elasticsearch_domain_policy" "legacy" {
  domain_name     = aws_elasticsearch_domain.legacy.domain_name
  access_policies = data.aws_iam_policy_document.legacy.json # expect: AWS-OPENSEARCH-006
}
