variable "encrypt" {
  type = bool
}

resource "aws_efs_file_system" "encrypted" {
  creation_token = "shared-home"
  encrypted      = true
  kms_key_id     = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
}

# Unknown until plan time: no finding.
resource "aws_efs_file_system" "unknown" {
  creation_token = "uploads"
  encrypted      = var.encrypt
}

# count = 0: the resource does not exist.
resource "aws_efs_file_system" "disabled" {
  count          = 0
  creation_token = "scratch"
}
