variable "http_tokens" {
  type = string
}

resource "aws_instance" "required" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }
}

# No metadata service at all.
resource "aws_instance" "disabled" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "disabled"
  }
}

# Unknown value: decided by the caller.
resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_tokens = var.http_tokens
  }
}

resource "aws_launch_template" "app" {
  name_prefix = "app-"
  metadata_options {
    http_tokens = "required"
  }
}

# Settings come from the launch template.
resource "aws_instance" "from_template" {
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

# count = 0: the instance does not exist.
resource "aws_instance" "none" {
  count         = 0
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
