locals {
  cloud_config = <<-EOF
    #cloud-config
    ssh_pwauth: false
    users:
      - name: ops
        lock_passwd: true
  EOF
}

variable "user_data" {
  type = string
}

variable "db_password" {
  type      = string
  sensitive = true
}

# The secret is fetched at boot with the instance role.
resource "aws_instance" "worker" {
  ami                  = "ami-0123456789abcdef0"
  instance_type        = "t3.small"
  iam_instance_profile = "worker"

  user_data = <<-EOF
    #!/bin/bash
    export AWS_DEFAULT_REGION=us-west-2
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id prod/db --query SecretString --output text)
    export DB_PASSWORD
    export DB_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db
    /opt/worker/start
  EOF
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  user_data = base64encode(local.cloud_config)
}

# Unknown at plan time: no finding.
resource "aws_instance" "unknown" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = var.user_data
}

resource "aws_instance" "templated" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = "#!/bin/bash\nexport DB_PASSWORD='${var.db_password}'\n"
}

# count = 0: the instance does not exist.
resource "aws_instance" "disabled" {
  count         = 0
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = "export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
}
