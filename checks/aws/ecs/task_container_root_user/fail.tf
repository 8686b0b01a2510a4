resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([ # expect: AWS-ECS-002
    {
      name  = "worker"
      image = "example/worker:3.1"
      user  = "root"
    }
  ])
}

variable "uid" {
  default = "0:0"
}

resource "aws_ecs_task_definition" "batch" {
  family = "batch"
  container_definitions = jsonencode([ # expect: AWS-ECS-002
    {
      name  = "batch"
      image = "example/batch:1.0"
      user  = var.uid
    }
  ])
}
