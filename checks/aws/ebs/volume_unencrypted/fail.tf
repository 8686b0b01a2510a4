resource "aws_ebs_volume" "missing" { # expect: AWS-EBS-001
  availability_zone = "us-east-1a"
  size              = 40
}

variable "encrypt" {
  type    = bool
  default = "false"
}

resource "aws_ebs_volume" "from_variable" {
  availability_zone = "us-east-1a"
  size              = 40
  encrypted         = var.encrypt # expect: AWS-EBS-001
}
