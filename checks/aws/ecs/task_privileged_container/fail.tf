resource "aws_ecs_task_definition" "agent" {
  family = "agent"
  container_definitions = jsonencode([ # expect: AWS-ECS-001
    {
      name       = "agent"
      image      = "example/agent:1.4"
      essential  = true
      privileged = true
    },
    {
      name      = "sidecar"
      image     = "example/sidecar:2.0"
      essential = false
    }
  ])
}

# Part of the document is unknown (the image); what is known still counts.
variable "image" {
  type = string
}

locals {
  privileged = true
}

resource "aws_ecs_task_definition" "builder" {
  family = "builder"
  container_definitions = jsonencode([{ # expect: AWS-ECS-001
    name       = "docker-in-docker"
    image      = var.image
    privileged = local.privileged
  }])
}

# A JSON string written by hand.
resource "aws_ecs_task_definition" "legacy" {
  family                = "legacy"
  container_definitions = "[{\"name\": \"legacy\", \"image\": \"example/legacy:1\", \"privileged\": true}]" # expect: AWS-ECS-001
}
