# No root_block_device: the root volume is as encrypted as the AMI snapshot.
resource "aws_instance" "no_root_block" { # expect: AWS-EC2-010
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

variable "encrypt_data" {
  type    = bool
  default = false
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device { # expect: AWS-EC2-010
    volume_size = 30
    volume_type = "gp3"
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    encrypted   = var.encrypt_data # expect: AWS-EC2-010
  }
}
