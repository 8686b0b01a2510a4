resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name  = "worker"
      image = "example/worker:3.1"
      user  = "1000:1000"
    },
    # No user: the image's own USER applies, which is not known here.
    {
      name  = "proxy"
      image = "example/proxy:2.0"
    }
  ])
}

# Not known statically: no finding.
variable "uid" {
  type = string
}

resource "aws_ecs_task_definition" "batch" {
  family = "batch"
  container_definitions = jsonencode([
    {
      name  = "batch"
      image = "example/batch:1.0"
      user  = var.uid
    }
  ])
}
