resource "google_sql_database_instance" "db" {
  name             = "db"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings { # expect: GCP-SQL-004
    tier = "db-custom-2-7680"
  }
}

variable "backups" {
  default = false
}

resource "google_sql_database_instance" "explicit" {
  name             = "explicit"
  database_version = "MYSQL_8_0"
  region           = "us-central1"

  settings {
    tier = "db-f1-micro"

    backup_configuration {
      enabled = var.backups # expect: GCP-SQL-004
    }
  }
}
