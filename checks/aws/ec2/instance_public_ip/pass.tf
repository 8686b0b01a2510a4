variable "public" {
  type = bool
}

resource "aws_instance" "private" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = false
}

# Not set: the subnet decides (see AWS-VPC-002).
resource "aws_instance" "subnet_default" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

# Unknown: decided by the caller.
resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  network_interfaces {
    associate_public_ip_address = var.public
  }
}

# count = 0: the instance does not exist.
resource "aws_instance" "none" {
  count                       = 0
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  associate_public_ip_address = true
}
