resource "aws_ecs_task_definition" "web" {
  family                   = "web"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    {
      name       = "web"
      image      = "example/web:1.0"
      essential  = true
      privileged = false
      linuxParameters = {
        capabilities = { drop = ["ALL"] }
      }
    }
  ])
}

# Not known statically: no finding.
variable "privileged" {
  type = bool
}

resource "aws_ecs_task_definition" "unknown" {
  family = "unknown"
  container_definitions = jsonencode([{
    name       = "app"
    image      = "example/app:1.0"
    privileged = var.privileged
  }])
}

# The whole document comes from outside: no finding.
variable "container_definitions" {
  type = string
}

resource "aws_ecs_task_definition" "external" {
  family                = "external"
  container_definitions = var.container_definitions
}
