variable "state" {
  type = string
}

resource "google_dns_managed_zone" "public" {
  name     = "example"
  dns_name = "example.com."

  dnssec_config {
    state = "on"
  }
}

# Private zones are not served on the internet.
resource "google_dns_managed_zone" "private" {
  name       = "internal"
  dns_name   = "internal.example.com."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/p/global/networks/default"
    }
  }
}

resource "google_dns_managed_zone" "unknown" {
  name     = "unknown"
  dns_name = "example.net."

  dnssec_config {
    state = var.state
  }
}
