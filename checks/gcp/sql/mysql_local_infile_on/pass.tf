variable "flag" {
  type = string
}

resource "google_sql_database_instance" "off" {
  name             = "off"
  database_version = "MYSQL_8_0"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "off"
    }
  }
}

# Not set: off by default.
resource "google_sql_database_instance" "default" {
  name             = "default"
  database_version = "MYSQL_8_0"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"
  }
}

# Unknown value: no finding.
resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "MYSQL_8_0"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = var.flag
    }
  }
}
