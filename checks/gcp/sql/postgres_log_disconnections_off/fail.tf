resource "google_sql_database_instance" "missing" {
  name             = "missing"
  database_version = "POSTGRES_14"
  region           = "us-central1"

  settings { # expect: GCP-SQL-006
    tier = "db-custom-2-7680"
  }
}

variable "flag" {
  default = "off"
}

resource "google_sql_database_instance" "off" {
  name             = "off"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "log_disconnections"
      value = var.flag # expect: GCP-SQL-006
    }
  }
}
