variable "public" {
  type = bool
}

resource "google_sql_database_instance" "private" {
  name             = "private"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled    = false
      private_network = "projects/p/global/networks/default"
    }
  }
}

# Unknown value: no finding.
resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = var.public
    }
  }
}
