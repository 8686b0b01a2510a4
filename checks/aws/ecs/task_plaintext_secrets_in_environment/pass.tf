resource "aws_ecs_task_definition" "api" {
  family = "api"
  container_definitions = jsonencode([
    {
      name  = "api"
      image = "example/api:2.3"
      environment = [
        { name = "DB_HOST", value = "orders.internal" },
        { name = "DB_PASSWORD_SECRET_ARN", value = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" },
        { name = "TOKEN_TTL", value = "3600" },
        { name = "PASSWORD_MIN_LENGTH", value = "12" },
      ]
      secrets = [
        { name = "DB_PASSWORD", valueFrom = "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf" },
      ]
    }
  ])
}

# The value is not known statically: no finding.
variable "db_password" {
  type      = string
  sensitive = true
}

resource "aws_ecs_task_definition" "worker" {
  family = "worker"
  container_definitions = jsonencode([
    {
      name  = "worker"
      image = "example/worker:1.0"
      environment = [
        { name = "DB_PASSWORD", value = var.db_password },
      ]
    }
  ])
}

# A path to a mounted credential file, a key meant for browsers, and a plain URL.
resource "aws_ecs_task_definition" "frontend" {
  family = "frontend"
  container_definitions = jsonencode([
    {
      name  = "frontend"
      image = "example/frontend:1.0"
      environment = [
        { name = "GOOGLE_APPLICATION_CREDENTIALS", value = "/var/secrets/gcp/key.json" },
        { name = "NEXT_PUBLIC_MAPS_API_KEY", value = "browser-key-restricted-by-referrer" },
        { name = "PASSWORD_RESET_URL", value = "https://example.com/reset" },
      ]
    }
  ])
}
