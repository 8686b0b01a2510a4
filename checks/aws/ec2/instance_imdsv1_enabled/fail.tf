# No metadata_options: http_tokens defaults to "optional".
resource "aws_instance" "default" { # expect: AWS-EC2-007
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

variable "http_tokens" {
  type    = string
  default = "optional"
}

resource "aws_instance" "optional" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = var.http_tokens # expect: AWS-EC2-007
  }
}

resource "aws_instance" "hop_limit_only" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  metadata_options { # expect: AWS-EC2-007
    http_put_response_hop_limit = 2
  }
}
