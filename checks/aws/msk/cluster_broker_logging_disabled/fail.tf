# No logging_info: broker logs go nowhere.
resource "aws_msk_cluster" "events" { # expect: AWS-MSK-003
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

variable "broker_logs" {
  default = false
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

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = var.broker_logs # expect: AWS-MSK-003
        log_group = "/msk/audit"
      }
    }
  }
}
