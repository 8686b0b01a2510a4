resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([ # expect: AWS-ECS-004
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
    },
    # The sidecar's output is lost.
    {
      name  = "envoy"
      image = "envoyproxy/envoy:v1.29"
    }
  ])
}
