variable "kms_key_id" {
  type = string
}

resource "aws_kms_key" "notebooks" {
  description         = "SageMaker notebook volumes"
  enable_key_rotation = true
}

resource "aws_sagemaker_notebook_instance" "encrypted" {
  name          = "analysis"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.notebooks.arn
}

# Unknown at plan time: no finding.
resource "aws_sagemaker_notebook_instance" "unknown" {
  name          = "exploration"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
  kms_key_id    = var.kms_key_id
}

# count = 0: the notebook does not exist.
resource "aws_sagemaker_notebook_instance" "disabled" {
  count         = 0
  name          = "unused"
  role_arn      = "arn:aws:iam::123456789012:role/sagemaker"
  instance_type = "ml.t3.medium"
}
