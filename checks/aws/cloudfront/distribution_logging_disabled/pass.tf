variable "log_bucket" {
  type = string
}

resource "aws_cloudfront_distribution" "s3_logs" {
  enabled = true

  logging_config {
    bucket          = "cdn-logs.s3.amazonaws.com"
    prefix          = "site/"
    include_cookies = false
  }

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

# Unknown at plan time: no finding.
resource "aws_cloudfront_distribution" "unknown" {
  enabled = true

  logging_config {
    bucket = var.log_bucket
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

# Standard logging v2: CloudWatch Logs delivery configured by a separate resource.
resource "aws_cloudfront_distribution" "v2_logs" {
  enabled = true

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

  viewer_certificate {
    cloudfront_default_certificate = true
  }
}

resource "aws_cloudwatch_log_delivery_source" "cdn" {
  name         = "cdn-access-logs"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2_logs.arn
}
