# encrypted is not set: the file system is created unencrypted.
resource "aws_efs_file_system" "missing" { # expect: AWS-EFS-001
  creation_token = "shared-home"
}

variable "encrypt" {
  type    = bool
  default = false
}

resource "aws_efs_file_system" "from_variable" {
  creation_token = "uploads"
  encrypted      = var.encrypt # expect: AWS-EFS-001
}
