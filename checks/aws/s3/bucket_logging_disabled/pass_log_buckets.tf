# A bucket logging into another through the legacy inline block: the target is a log bucket.
resource "aws_s3_bucket" "app" {
  bucket = "example-app"
  logging {
    target_bucket = aws_s3_bucket.app_logs.id
    target_prefix = "app/"
  }
}

resource "aws_s3_bucket" "app_logs" {
  bucket = "example-app-logs"
}

# A bucket receiving CloudFront standard logs.
resource "aws_s3_bucket" "cdn_logs" {
  bucket = "example-cdn-logs"
}

resource "aws_cloudfront_distribution" "cdn" {
  enabled = true

  origin {
    domain_name = "origin.example.com"
    origin_id   = "origin"
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    target_origin_id       = "origin"
    viewer_protocol_policy = "redirect-to-https"
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"
  }

  logging_config {
    bucket = aws_s3_bucket.cdn_logs.bucket_domain_name
    prefix = "cdn/"
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
