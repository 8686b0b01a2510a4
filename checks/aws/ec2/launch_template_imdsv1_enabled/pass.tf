variable "metadata_options" {
  type = map(string)
}

resource "aws_launch_template" "required" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
}

resource "aws_launch_configuration" "disabled" {
  name_prefix   = "batch-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# Options from a variable without a default: unknown, no finding.
resource "aws_launch_template" "from_variable" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  dynamic "metadata_options" {
    for_each = [var.metadata_options]
    content {
      http_endpoint = lookup(metadata_options.value, "http_endpoint", null)
      http_tokens   = lookup(metadata_options.value, "http_tokens", null)
    }
  }
}

# count = 0: the template does not exist.
resource "aws_launch_template" "none" {
  count       = 0
  name_prefix = "none-"
}
