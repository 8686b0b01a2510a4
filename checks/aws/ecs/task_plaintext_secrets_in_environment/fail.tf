variable "db_password" {
  default = "hunter2-prod"
}

resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # expect: AWS-ECS-003, AWS-ECS-003
    {
      name  = "api"
      image = "example/api:2.3"
      environment = [
        { name = "DB_HOST", value = "orders.internal" },
        { name = "DB_PASSWORD", value = var.db_password },
        { name = "STRIPE_API_KEY", value = "example-not-a-real-key-0042" },
      ]
    }
  ])
}

# The name says nothing, but the value is an access key id.
resource "aws_ecs_task_definition" "uploader" {
  family = "uploader"
  container_definitions = jsonencode([ # expect: AWS-ECS-003
    {
      name  = "uploader"
      image = "example/uploader:1.0"
      environment = [
        { name = "UPLOAD_CREDENTIAL_ID", value = "AKIAIOSFODNN7EXAMPLE" },
      ]
    }
  ])
}
