variable "flag" {
  type = string
}

resource "google_sql_database_instance" "off" {
  name             = "off"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "off"
    }
  }
}

# Not set: off by default.
resource "google_sql_database_instance" "default" {
  name             = "default"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"
  }
}

# Unknown value: no finding.
resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = var.flag
    }
  }
}
