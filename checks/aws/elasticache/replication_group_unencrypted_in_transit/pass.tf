variable "tls" {
  type = bool
}

resource "aws_elasticache_replication_group" "tls" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = true
  transit_encryption_mode    = "required"
}

# Unknown until plan time: no finding.
resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "catalog"
  description                = "catalog cache"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = var.tls
}

# A secondary of a global datastore inherits the setting from the primary.
resource "aws_elasticache_replication_group" "secondary" {
  replication_group_id        = "sessions-eu"
  description                 = "session store (eu)"
  global_replication_group_id = "ldgnf-sessions"
  num_cache_clusters          = 2
}

# count = 0: the resource does not exist.
resource "aws_elasticache_replication_group" "disabled" {
  count                = 0
  replication_group_id = "scratch"
  description          = "scratch"
  node_type            = "cache.t4g.small"
}
