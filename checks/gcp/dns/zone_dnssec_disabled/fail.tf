resource "google_dns_managed_zone" "public" { # expect: GCP-DNS-001
  name     = "example"
  dns_name = "example.com."
}

variable "dnssec" {
  default = "off"
}

resource "google_dns_managed_zone" "explicit" {
  name       = "explicit"
  dns_name   = "example.org."
  visibility = "public"

  dnssec_config {
    state = var.dnssec # expect: GCP-DNS-001
  }
}
