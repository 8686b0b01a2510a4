resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    { name = "web", image = "example/web:1.0" }
  ])
}

# Not known statically: no finding.
variable "network_mode" {
  type = string
}

resource "aws_ecs_task_definition" "agent" {
  family       = "agent"
  network_mode = var.network_mode
  container_definitions = jsonencode([
    { name = "agent", image = "example/agent:1.0" }
  ])
}

# Left unset: bridge mode on EC2.
resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    { name = "worker", image = "example/worker:1.0" }
  ])
}
