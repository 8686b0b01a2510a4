resource "google_sql_database_instance" "explicit" {
  name             = "explicit"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    ip_configuration {
      ipv4_enabled = true # expect: GCP-SQL-002
    }
  }
}

# No ip_configuration: the instance gets a public IP.
resource "google_sql_database_instance" "default" {
  name             = "default"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings { # expect: GCP-SQL-002
    tier = "db-f1-micro"
  }
}

# Private network added, but ipv4_enabled still defaults to true.
resource "google_sql_database_instance" "both" {
  name             = "both"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"

    ip_configuration { # expect: GCP-SQL-002
      private_network = "projects/p/global/networks/default"
    }
  }
}
