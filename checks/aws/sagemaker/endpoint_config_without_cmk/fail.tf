resource "aws_sagemaker_endpoint_configuration" "default" { # expect: AWS-SAGEMAKER-004
  name = "churn-model"

  production_variants {
    variant_name           = "primary"
    model_name             = "churn-model"
    initial_instance_count = 1
    instance_type          = "ml.m5.large"
  }
}

variable "instance_type" {
  type    = string
  default = "ml.c5.xlarge"
}

resource "aws_sagemaker_endpoint_configuration" "from_variable" { # expect: AWS-SAGEMAKER-004
  name = "fraud-model"

  production_variants {
    variant_name           = "primary"
    model_name             = "fraud-model"
    initial_instance_count = 2
    instance_type          = var.instance_type
  }
}
