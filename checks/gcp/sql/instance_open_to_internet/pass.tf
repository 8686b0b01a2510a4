variable "network" {
  type = string
}

resource "google_sql_database_instance" "db" {
  name             = "db"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"

      authorized_networks {
        name  = "office"
        value = "203.0.113.0/24"
      }

      # Unknown value: no finding.
      authorized_networks {
        value = var.network
      }
    }
  }
}

# No public IP: authorized networks have no effect.
resource "google_sql_database_instance" "private" {
  name             = "private"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/p/global/networks/default"

      authorized_networks {
        value = "0.0.0.0/0"
      }
    }
  }
}
