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

      authorized_networks {
        name  = "anyone"
        value = "0.0.0.0/0" # expect: GCP-SQL-001
      }
    }
  }
}

variable "open" {
  default = "0.0.0.0/0"
}

# ipv4_enabled defaults to true.
resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      authorized_networks {
        value = var.open # expect: GCP-SQL-001
      }
    }
  }
}
