resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "global"
}

resource "google_kms_crypto_key" "never" { # expect: GCP-KMS-001
  name     = "never"
  key_ring = google_kms_key_ring.ring.id
}

variable "rotation" {
  default = "31536000s"
}

resource "google_kms_crypto_key" "yearly" {
  name            = "yearly"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = var.rotation # expect: GCP-KMS-001
}
