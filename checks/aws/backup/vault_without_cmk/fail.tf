resource "aws_backup_vault" "default" { # expect: AWS-BACKUP-001
  name = "daily"
}

variable "kms_key_arn" {
  type    = string
  default = null
}

resource "aws_backup_vault" "optional_key" {
  name        = "weekly"
  kms_key_arn = var.kms_key_arn # expect: AWS-BACKUP-001
}
