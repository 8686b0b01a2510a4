resource "google_sql_database_instance" "db" {
  name             = "db"
  database_version = "SQLSERVER_2019_STANDARD"
  region           = "us-central1"
  root_password    = "change-me"

  settings {
    tier = "db-custom-2-7680"

    database_flags {
      name  = "contained database authentication"
      value = "on" # expect: GCP-SQL-010
    }
  }
}
