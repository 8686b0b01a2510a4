variable "flow_logs" {
  type = list(object({ interval = string }))
}

resource "google_compute_subnetwork" "app" {
  name          = "app"
  ip_cidr_range = "10.0.0.0/24"
  region        = "us-central1"
  network       = "default"

  log_config {
    aggregation_interval = "INTERVAL_5_SEC"
    flow_sampling        = 0.5
    metadata             = "INCLUDE_ALL_METADATA"
  }
}

# Flow logs configured through a dynamic block with unknown input: no finding.
resource "google_compute_subnetwork" "dynamic" {
  name          = "dynamic"
  ip_cidr_range = "10.0.1.0/24"
  region        = "us-central1"
  network       = "default"

  dynamic "log_config" {
    for_each = var.flow_logs
    content {
      aggregation_interval = log_config.value.interval
    }
  }
}

# Proxy-only subnets do not support flow logs.
resource "google_compute_subnetwork" "proxy" {
  name          = "proxy"
  ip_cidr_range = "10.0.2.0/24"
  region        = "us-central1"
  network       = "default"
  purpose       = "REGIONAL_MANAGED_PROXY"
  role          = "ACTIVE"
}
