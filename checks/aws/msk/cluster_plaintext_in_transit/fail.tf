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
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT" # expect: AWS-MSK-001
    }
  }
}

variable "client_broker" {
  default = "PLAINTEXT"
}

resource "aws_msk_cluster" "legacy" {
  cluster_name           = "legacy"
  kafka_version          = "2.8.1"
  number_of_broker_nodes = 2

  broker_node_group_info {
    instance_type   = "kafka.t3.small"
    client_subnets  = ["subnet-a", "subnet-b"]
    security_groups = ["sg-0123456789abcdef0"]
  }

  encryption_info {
    encryption_in_transit {
      client_broker = var.client_broker # expect: AWS-MSK-001
      in_cluster    = false             # expect: AWS-MSK-001
    }
  }
}
