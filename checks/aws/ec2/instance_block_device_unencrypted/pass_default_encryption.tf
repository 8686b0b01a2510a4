# Account default encryption is on in this configuration, so volumes that do not ask for
# encryption are encrypted anyway.
resource "aws_ebs_encryption_by_default" "this" {
  enabled = true
}

resource "aws_instance" "app" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 30
  }
}
