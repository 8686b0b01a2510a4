variable "entity" {
  type = string
}

resource "google_storage_bucket_acl" "data" {
  bucket         = "example-data"
  predefined_acl = "projectPrivate"
}

resource "google_storage_default_object_acl" "data" {
  bucket      = "example-data"
  role_entity = ["OWNER:project-owners-123456789012", "READER:group-team@example.com"]
}

# Unknown entity: no finding.
resource "google_storage_bucket_access_control" "data" {
  bucket = "example-data"
  role   = "READER"
  entity = var.entity
}
