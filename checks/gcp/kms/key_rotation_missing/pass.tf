variable "rotation" {
  type = string
}

resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "global"
}

resource "google_kms_crypto_key" "quarterly" {
  name            = "quarterly"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

# Asymmetric keys cannot be rotated automatically.
resource "google_kms_crypto_key" "signing" {
  name     = "signing"
  key_ring = google_kms_key_ring.ring.id
  purpose  = "ASYMMETRIC_SIGN"

  version_template {
    algorithm = "EC_SIGN_P256_SHA256"
  }
}

resource "google_kms_crypto_key" "unknown" {
  name            = "unknown"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = var.rotation
}
