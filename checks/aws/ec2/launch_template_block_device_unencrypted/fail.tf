variable "block_device_mappings" {
  type = any
  default = {
    root = {
      device_name = "/dev/xvda"
      ebs = {
        volume_size = 50
        volume_type = "gp3"
        encrypted   = false
      }
    }
  }
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvdb"
    ebs { # expect: AWS-EC2-011
      volume_size = 100
    }
  }

  # The common module pattern: mappings passed in as a map.
  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings
    content {
      device_name = block_device_mappings.value.device_name
      dynamic "ebs" {
        for_each = [block_device_mappings.value.ebs]
        content {
          volume_size = ebs.value.volume_size
          volume_type = ebs.value.volume_type
          encrypted   = ebs.value.encrypted # expect: AWS-EC2-011
        }
      }
    }
  }
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = false # expect: AWS-EC2-011
  }
}
