variable "api_viewer_protocol_policy" {
  default = "allow-all"
}

resource "aws_cloudfront_distribution" "site" {
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
    viewer_protocol_policy = "allow-all" # expect: AWS-CF-001
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "site"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
    viewer_protocol_policy = var.api_viewer_protocol_policy # expect: AWS-CF-001
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
