resource "aws_cloudfront_distribution" "site" { # expect: AWS-CF-004
  enabled = true

  origin {
    domain_name = "site.s3.us-east-1.amazonaws.com"
    origin_id   = "site"
  }

  default_cache_behavior {
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
    viewer_protocol_policy = "redirect-to-https"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

variable "log_bucket" {
  default = ""
}

resource "aws_cloudfront_distribution" "from_variable" {
  enabled = true

  logging_config {
    bucket = var.log_bucket # expect: AWS-CF-004
  }

  origin {
    domain_name = "api.example.com"
    origin_id   = "api"
  }

  default_cache_behavior {
    target_origin_id       = "api"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    viewer_protocol_policy = "https-only"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
