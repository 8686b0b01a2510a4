resource "aws_sagemaker_notebook_instance" "default" { # expect: AWS-SAGEMAKER-002
  name          = "analysis"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}

locals {
  root_access = "Enabled"
}

resource "aws_sagemaker_notebook_instance" "from_local" {
  name          = "exploration"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = local.root_access # expect: AWS-SAGEMAKER-002
}
