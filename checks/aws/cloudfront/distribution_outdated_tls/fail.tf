resource "aws_cloudfront_distribution" "legacy" {
  enabled = true
  aliases = ["www.example.com"]

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
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.1_2016" # expect: AWS-CF-002
  }
}

variable "minimum_protocol_version" {
  default = "TLSv1_2016"
}

resource "aws_cloudfront_distribution" "from_variable" {
  enabled = true
  aliases = ["api.example.com"]

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
    acm_certificate_arn      = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method       = "sni-only"
    minimum_protocol_version = var.minimum_protocol_version # expect: AWS-CF-002
  }
}

# A custom certificate without minimum_protocol_version gets TLSv1.
resource "aws_cloudfront_distribution" "default_version" {
  enabled = true
  aliases = ["static.example.com"]

  origin {
    domain_name = "static.s3.us-east-1.amazonaws.com"
    origin_id   = "static"
  }

  default_cache_behavior {
    target_origin_id       = "static"
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

  viewer_certificate { # expect: AWS-CF-002
    acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/abc"
    ssl_support_method  = "sni-only"
  }
}
