resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "example/api:2.3"
      logConfiguration = {
        logDriver = "awslogs"
        options = {
          awslogs-group         = "/ecs/api"
          awslogs-region        = "us-east-1"
          awslogs-stream-prefix = "api"
        }
      }
    }
  ])
}

# The log configuration is not known statically: no finding.
variable "log_configuration" {
  type = any
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name             = "worker"
      image            = "example/worker:1.0"
      logConfiguration = var.log_configuration
    }
  ])
}
