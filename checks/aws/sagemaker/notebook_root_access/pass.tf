variable "root_access" {
  type = string
}

resource "aws_sagemaker_notebook_instance" "locked_down" {
  name                  = "analysis"
  role_arn              = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type         = "ml.t3.medium"
  root_access           = "Disabled"
  lifecycle_config_name = "install-system-packages"
}

# Unknown at plan time: no finding.
resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "exploration"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  root_access   = var.root_access
}

# count = 0: the notebook does not exist.
resource "aws_sagemaker_notebook_instance" "disabled" {
  count         = 0
  name          = "unused"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}
