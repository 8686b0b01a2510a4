resource "aws_ebs_encryption_by_default" "this" {
  enabled = false # expect: AWS-EBS-002
}

variable "ebs_default_encryption" {
  type    = bool
  default = false
}

resource "aws_ebs_encryption_by_default" "from_variable" {
  enabled = var.ebs_default_encryption # expect: AWS-EBS-002
}
