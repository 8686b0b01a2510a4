resource "aws_ecs_task_definition" "exporter" {
  family       = "node-exporter"
  network_mode = "host" # expect: AWS-ECS-005
  container_definitions = jsonencode([
    { name = "exporter", image = "prom/node-exporter:v1.7.0" }
  ])
}

variable "network_mode" {
  default = "host"
}

resource "aws_ecs_task_definition" "agent" {
  family       = "agent"
  network_mode = var.network_mode # expect: AWS-ECS-005
  container_definitions = jsonencode([
    { name = "agent", image = "example/agent:1.0" }
  ])
}
