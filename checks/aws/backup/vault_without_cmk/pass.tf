variable "kms_key_arn" {
  type = string
}

resource "aws_kms_key" "backup" {
  description         = "Backup vault"
  enable_key_rotation = true
}

resource "aws_backup_vault" "encrypted" {
  name        = "daily"
  kms_key_arn = aws_kms_key.backup.arn
}

# Unknown at plan time: no finding.
resource "aws_backup_vault" "unknown" {
  name        = "weekly"
  kms_key_arn = var.kms_key_arn
}

# count = 0: the vault does not exist.
resource "aws_backup_vault" "disabled" {
  count = 0
  name  = "unused"
}
