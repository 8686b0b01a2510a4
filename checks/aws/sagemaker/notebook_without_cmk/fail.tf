resource "aws_sagemaker_notebook_instance" "default" { # expect: AWS-SAGEMAKER-003
  name                   = "analysis"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}

variable "kms_key_id" {
  type    = string
  default = ""
}

resource "aws_sagemaker_notebook_instance" "empty_key" {
  name          = "exploration"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = var.kms_key_id # expect: AWS-SAGEMAKER-003
}
