# ElastiCache does not use TLS unless asked.
resource "aws_elasticache_replication_group" "missing" { # expect: AWS-ELASTICACHE-002
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
}

locals {
  tls = false
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id       = "catalog"
  description                = "catalog cache"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  at_rest_encryption_enabled = true
  transit_encryption_enabled = local.tls # expect: AWS-ELASTICACHE-002
}

# TLS is on, but plaintext clients are still accepted.
resource "aws_elasticache_replication_group" "preferred" {
  replication_group_id       = "feeds"
  description                = "feed cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  transit_encryption_mode    = "preferred" # expect: AWS-ELASTICACHE-002
}
