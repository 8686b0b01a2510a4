variable "flag" {
  type = string
}

resource "google_sql_database_instance" "on" {
  name             = "on"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_checkpoints"
      value = "on"
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

    database_flags {
      name  = "log_checkpoints"
      value = var.flag
    }
  }
}

# Not PostgreSQL.
resource "google_sql_database_instance" "mysql" {
  name             = "mysql"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"
  }
}

# PostgreSQL 15 and later log checkpoints by default.
resource "google_sql_database_instance" "pg16" {
  name             = "pg16"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"
  }
}
