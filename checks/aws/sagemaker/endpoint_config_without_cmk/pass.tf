variable "kms_key_arn" {
  type = string
}

variable "instance_type" {
  type = string
}

resource "aws_kms_key" "endpoints" {
  description         = "SageMaker endpoint storage"
  enable_key_rotation = true
}

resource "aws_sagemaker_endpoint_configuration" "encrypted" {
  name        = "churn-model"
  kms_key_arn = aws_kms_key.endpoints.arn

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

# Unknown key: no finding.
resource "aws_sagemaker_endpoint_configuration" "unknown" {
  name        = "fraud-model"
  kms_key_arn = var.kms_key_arn

  production_variants {
    variant_name           = "primary"
    model_name             = "fraud-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

# Local NVMe storage is encrypted in hardware; SageMaker rejects a key here.
resource "aws_sagemaker_endpoint_configuration" "gpu" {
  name = "vision-model"

  production_variants {
    variant_name           = "primary"
    model_name             = "vision-model"
    initial_instance_count = 1
    instance_type          = "ml.g4dn.xlarge"
  }
}

# Serverless: no instance storage to encrypt.
resource "aws_sagemaker_endpoint_configuration" "serverless" {
  name = "small-model"

  production_variants {
    variant_name = "primary"
    model_name   = "small-model"

    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}

# Unknown instance type: it might have local storage.
resource "aws_sagemaker_endpoint_configuration" "unknown_type" {
  name = "other-model"

  production_variants {
    variant_name           = "primary"
    model_name             = "other-model"
    initial_instance_count = 1
    instance_type          = var.instance_type
  }
}

# count = 0: the configuration does not exist.
resource "aws_sagemaker_endpoint_configuration" "disabled" {
  count = 0
  name  = "unused"

  production_variants {
    variant_name           = "primary"
    model_name             = "unused"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}
