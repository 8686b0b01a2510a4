variable "encrypt_at_rest" {
  type = bool
}

variable "engine" {
  type = string
}

resource "aws_elasticache_replication_group" "encrypted" {
  replication_group_id       = "sessions"
  description                = "session store"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  kms_key_id                 = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
  transit_encryption_enabled = true
}

# Valkey is encrypted at rest by default.
resource "aws_elasticache_replication_group" "valkey" {
  replication_group_id       = "catalog"
  description                = "catalog cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

# Unknown until plan time: no finding.
resource "aws_elasticache_replication_group" "unknown" {
  replication_group_id       = "feeds"
  description                = "feed cache"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = var.encrypt_at_rest
  transit_encryption_enabled = true
}

# The engine is not known: it may be Valkey, which is encrypted by default.
resource "aws_elasticache_replication_group" "any_engine" {
  replication_group_id       = "tokens"
  description                = "token cache"
  engine                     = var.engine
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
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
