resource "aws_launch_template" "default" { # expect: AWS-EC2-008
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

variable "metadata_options" {
  type = map(string)
  default = {
    http_endpoint = "enabled"
    http_tokens   = "optional"
  }
}

# The common module pattern: options passed in as a map.
resource "aws_launch_template" "from_variable" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  dynamic "metadata_options" {
    for_each = length(var.metadata_options) > 0 ? [var.metadata_options] : []
    content {
      http_endpoint = lookup(metadata_options.value, "http_endpoint", null)
      http_tokens   = lookup(metadata_options.value, "http_tokens", null) # expect: AWS-EC2-008
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options { # expect: AWS-EC2-008
    http_endpoint = "enabled"
  }
}
