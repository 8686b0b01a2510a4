variable "access_key" {
  # No default: the value comes from outside the repository.
}

variable "secret_key" {
  sensitive = true
}

# Credentials from the environment, a profile or a role.
provider "aws" {
  region = "eu-west-1"
}

provider "aws" {
  alias   = "ops"
  region  = "eu-west-1"
  profile = "ops"
  assume_role {
    role_arn = "arn:aws:iam::123456789012:role/terraform"
  }
}

provider "aws" {
  alias      = "vars"
  access_key = var.access_key
  secret_key = var.secret_key
}

# Local emulators accept any placeholder.
provider "aws" {
  alias                       = "localstack"
  access_key                  = "test"
  secret_key                  = "mock_secret_key"
  skip_credentials_validation = true
}
