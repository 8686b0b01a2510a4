variable "credentials" {
  # Given by CI: unknown here.
}

# Application Default Credentials.
provider "google" {
  project = "example-project"
}

provider "google" {
  alias       = "ci"
  credentials = var.credentials
}

provider "google-beta" {
  impersonate_service_account = "terraform@example-project.iam.gserviceaccount.com"
}

# A path outside the repository: the key is not committed.
provider "google" {
  alias       = "path"
  credentials = "/secrets/terraform.json"
}
