resource "aws_kms_key" "kafka" {
  description         = "MSK"
  enable_key_rotation = true
}

resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn
  }
}

# Not known statically: no finding.
variable "kms_key_arn" {
  type = string
}

resource "aws_msk_cluster" "audit" {
  cluster_name           = "audit"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_at_rest_kms_key_arn = var.kms_key_arn
  }
}
