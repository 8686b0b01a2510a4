resource "google_sql_database_instance" "explicit" {
  name             = "explicit"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = false
      ssl_mode     = "ALLOW_UNENCRYPTED_AND_ENCRYPTED" # expect: GCP-SQL-003
    }
  }
}

resource "google_sql_database_instance" "default" {
  name             = "default"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"

    ip_configuration { # expect: GCP-SQL-003
      ipv4_enabled = false
    }
  }
}

variable "require_ssl" {
  default = false
}

# Older providers: require_ssl.
resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_5_7"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"

    ip_configuration {
      require_ssl = var.require_ssl # expect: GCP-SQL-003
    }
  }
}
