variable "secret" {
  # The key is still committed when it sits in a default.
  default = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "AKIAIOSFODNN7EXAMPLE" # expect: AWS-PROVIDER-001
  secret_key = var.secret # expect: AWS-PROVIDER-001
}

provider "aws" {
  alias      = "us"
  region     = "us-east-1"
  access_key = "ASIAY34FZKBOKMUTVV7A" # expect: AWS-PROVIDER-001
}
