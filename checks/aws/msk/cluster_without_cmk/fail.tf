# No encryption_info: the AWS managed aws/kafka key is used.
resource "aws_msk_cluster" "events" { # expect: AWS-MSK-002
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = ["subnet-a", "subnet-b", "subnet-c"]
    security_groups = ["sg-0123456789abcdef0"]
  }
}

variable "kms_key_arn" {
  default = "alias/aws/kafka"
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
    encryption_at_rest_kms_key_arn = var.kms_key_arn # expect: AWS-MSK-002
  }
}
