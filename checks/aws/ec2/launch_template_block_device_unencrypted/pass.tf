variable "block_device_mappings" {
  type = any
}

resource "aws_launch_template" "workers" {
  name_prefix = "workers-"
  image_id    = "ami-0123456789abcdef0"

  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 50
      encrypted   = "true"
    }
  }

  # Instance store: no EBS volume.
  block_device_mappings {
    device_name  = "/dev/sdb"
    virtual_name = "ephemeral0"
  }

  # Unknown mappings: decided by the caller.
  dynamic "block_device_mappings" {
    for_each = var.block_device_mappings
    content {
      device_name = block_device_mappings.value.device_name
      ebs {
        encrypted = block_device_mappings.value.encrypted
      }
    }
  }
}

# No mappings: the AMI's block devices apply unchanged.
resource "aws_launch_template" "ami_defaults" {
  name_prefix = "defaults-"
  image_id    = "ami-0123456789abcdef0"
}

resource "aws_launch_configuration" "encrypted" {
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"

  root_block_device {
    encrypted = true
  }
}

# count = 0: the launch configuration does not exist.
resource "aws_launch_configuration" "none" {
  count         = 0
  name_prefix   = "none-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}
