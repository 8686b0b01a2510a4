variable "internet_access" {
  type = string
}

# In a private subnet; egress goes through the VPC.
resource "aws_sagemaker_notebook_instance" "private" {
  name                   = "analysis"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = "Disabled"
}

# Unknown at plan time: no finding.
resource "aws_sagemaker_notebook_instance" "unknown" {
  name                   = "exploration"
  role_arn               = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-0a1b2c3d"
  security_groups        = ["sg-0123456789abcdef0"]
  direct_internet_access = var.internet_access
}

# count = 0: the notebook does not exist.
resource "aws_sagemaker_notebook_instance" "disabled" {
  count         = 0
  name          = "unused"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}
