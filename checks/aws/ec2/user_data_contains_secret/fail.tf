locals {
  worker_boot = <<-EOF
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2
    /opt/worker/start
  EOF

  app_boot = <<-EOF
    #!/bin/bash
    export DATABASE_URL=postgres://app:hunter2-prod@db.internal:5432/app
    /opt/app/start
  EOF

  cloud_config = <<-EOF
    #cloud-config
    password: S3cure-Passw0rd
    chpasswd:
      expire: false
    ssh_pwauth: true
  EOF
}

resource "aws_instance" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = local.worker_boot # expect: AWS-EC2-012
}

# A launch template takes its user data base64-encoded.
resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = base64encode(local.app_boot) # expect: AWS-EC2-012
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = local.cloud_config # expect: AWS-EC2-012
}

variable "db_password" {
  type    = string
  default = "hunter2-prod"
}

resource "aws_instance" "db_client" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = "#!/bin/bash\nmysql -h db.internal -u app --password=${var.db_password} < /opt/schema.sql\n" # expect: AWS-EC2-012
}
