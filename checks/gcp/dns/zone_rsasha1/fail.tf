resource "google_dns_managed_zone" "public" {
  name     = "example"
  dns_name = "example.com."

  dnssec_config {
    state = "on"

    default_key_specs {
      algorithm  = "rsasha1" # expect: GCP-DNS-002
      key_length = 2048
      key_type   = "keySigning"
    }

    default_key_specs {
      algorithm  = "rsasha1" # expect: GCP-DNS-002
      key_length = 1024
      key_type   = "zoneSigning"
    }
  }
}
