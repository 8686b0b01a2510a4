# Redis OSS (the default engine) is not encrypted at rest unless asked.
resource "aws_elasticache_replication_group" "missing" { # expect: AWS-ELASTICACHE-001
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
}

variable "encrypt_at_rest" {
  default = false
}

resource "aws_elasticache_replication_group" "explicit" {
  replication_group_id       = "catalog"
  description                = "catalog cache"
  engine                     = "valkey"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  at_rest_encryption_enabled = var.encrypt_at_rest # expect: AWS-ELASTICACHE-001
}
