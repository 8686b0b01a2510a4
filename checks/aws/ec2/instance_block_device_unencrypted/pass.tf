variable "encrypted" {
  type = bool
}

resource "aws_instance" "encrypted" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted   = true
    volume_type = "gp3"
  }

  ebs_block_device {
    device_name = "/dev/sdf"
    volume_size = 100
    kms_key_id  = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    encrypted   = true
  }

  # From a snapshot: encryption follows the snapshot.
  ebs_block_device {
    device_name = "/dev/sdg"
    snapshot_id = "snap-0123456789abcdef0"
  }
}

# Unknown: decided by the caller.
resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = var.encrypted
  }
}

# count = 0: the instance does not exist.
resource "aws_instance" "none" {
  count         = 0
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
