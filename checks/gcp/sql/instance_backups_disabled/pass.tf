variable "backups" {
  type = bool
}

resource "google_sql_database_instance" "db" {
  name             = "db"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
    }
  }
}

# Read replicas are backed up through their primary.
resource "google_sql_database_instance" "replica" {
  name                 = "replica"
  database_version     = "POSTGRES_16"
  region               = "us-central1"
  master_instance_name = google_sql_database_instance.db.name

  settings {
    tier = "db-custom-2-7680"
  }
}

# Unknown value: no finding.
resource "google_sql_database_instance" "unknown" {
  name             = "unknown"
  database_version = "POSTGRES_16"
  region           = "us-central1"

  settings {
    tier = "db-custom-2-7680"

    backup_configuration {
      enabled = var.backups
    }
  }
}
