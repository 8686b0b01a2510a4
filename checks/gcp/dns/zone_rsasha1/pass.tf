variable "algorithm" {
  type = string
}

resource "google_dns_managed_zone" "public" {
  name     = "example"
  dns_name = "example.com."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha256"
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = var.algorithm
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
