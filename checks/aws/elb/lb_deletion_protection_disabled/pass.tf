variable "deletion_protection" {
  type = bool
}

resource "aws_lb" "protected" {
  name                       = "web"
  subnets                    = ["subnet-1a", "subnet-1b"]
  enable_deletion_protection = true
}

# Unknown at plan time: no finding.
resource "aws_lb" "unknown" {
  name                       = "api"
  subnets                    = ["subnet-1a", "subnet-1b"]
  enable_deletion_protection = var.deletion_protection
}

# count = 0: the load balancer does not exist.
resource "aws_lb" "disabled" {
  count   = 0
  name    = "off"
  subnets = ["subnet-1a", "subnet-1b"]
}
