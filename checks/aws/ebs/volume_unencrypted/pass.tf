variable "encrypt" {
  type = bool
}

resource "aws_ebs_volume" "encrypted" {
  availability_zone = "us-east-1a"
  size              = 40
  encrypted         = true
}

# Unknown at plan time: no finding.
resource "aws_ebs_volume" "unknown" {
  availability_zone = "us-east-1a"
  size              = 40
  encrypted         = var.encrypt
}

# count = 0: the resource does not exist.
resource "aws_ebs_volume" "disabled" {
  count             = 0
  availability_zone = "us-east-1a"
  size              = 40
}
