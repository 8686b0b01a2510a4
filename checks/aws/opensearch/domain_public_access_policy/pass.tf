# In a VPC: reachable only from inside the network.
resource "aws_opensearch_domain" "private" {
  domain_name    = "private"
  engine_version = "OpenSearch_2.11"

  vpc_options {
    subnet_ids         = ["subnet-0123456789abcdef0"]
    security_group_ids = ["sg-0123456789abcdef0"]
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/private/*"
    }]
  })
}

# Public endpoint, but only one address range may call it.
resource "aws_opensearch_domain" "office" {
  domain_name    = "office"
  engine_version = "OpenSearch_2.11"

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/office/*"
      Condition = { IpAddress = { "aws:SourceIp" = ["203.0.113.0/24"] } }
    }]
  })
}

# Fine-grained access control: every request must authenticate.
resource "aws_opensearch_domain" "fgac" {
  domain_name    = "fgac"
  engine_version = "OpenSearch_2.11"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name = "admin"
    }
  }

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "*" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/fgac/*"
    }]
  })
}

# A named principal.
resource "aws_opensearch_domain" "named" {
  domain_name    = "named"
  engine_version = "OpenSearch_2.11"
}

resource "aws_opensearch_domain_policy" "named" {
  domain_name = aws_opensearch_domain.named.domain_name
  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:role/indexer" }
      Action    = "es:ESHttp*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/named/*"
    }]
  })
}

# The principal is not known statically: no finding.
variable "principal" {
  type = string
}

resource "aws_opensearch_domain" "unknown" {
  domain_name    = "unknown"
  engine_version = "OpenSearch_2.11"

  access_policies = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = var.principal }
      Action    = "es:*"
      Resource  = "arn:aws:es:us-east-1:123456789012:domain/unknown/*"
    }]
  })
}
