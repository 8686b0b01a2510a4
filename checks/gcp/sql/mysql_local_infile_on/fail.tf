resource "google_sql_database_instance" "db" {
  name             = "db"
  database_version = "MYSQL_8_0"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "local_infile"
      value = "on" # expect: GCP-SQL-009
    }
  }
}
