# A key file committed beside the configuration.
provider "google" {
  project     = "example-project"
  credentials = file("${path.module}/key.json") # expect: GCP-PROVIDER-001
}

provider "google-beta" {
  project      = "example-project"
  access_token = "ya29.a0AfH6SMfakeTokenValueForTests" # expect: GCP-PROVIDER-001
}
