resource "aws_sagemaker_notebook_instance" "default" { # expect: AWS-SAGEMAKER-001
  name          = "analysis"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

variable "internet_access" {
  type    = string
  default = "Enabled"
}

resource "aws_sagemaker_notebook_instance" "from_variable" {
  name                   = "exploration"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = var.internet_access # expect: AWS-SAGEMAKER-001
}
