variable "kms_key" {
  type = string
}

resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  location   = "US"

  default_encryption_configuration {
    kms_key_name = var.kms_key
  }
}
