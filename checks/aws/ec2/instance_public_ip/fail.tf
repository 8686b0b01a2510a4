resource "aws_instance" "web" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true # expect: AWS-EC2-009
}

variable "public" {
  type    = bool
  default = true
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  network_interfaces {
    associate_public_ip_address = var.public # expect: AWS-EC2-009
    security_groups             = ["sg-0123456789abcdef0"]
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix                 = "legacy-"
  image_id                    = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = "true" # expect: AWS-EC2-009
}
