resource "aws_instance" "worker" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  user_data = <<-EOF # expect: AWS-EC2-012
    #!/bin/bash
    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    export AWS_DEFAULT_REGION=us-west-2
    /opt/worker/start
  EOF
}

variable "db_password" {
  type    = string
  default = "hunter2-prod"
}

# A launch template takes its user data base64-encoded.
resource "aws_launch_template" "app" {
  name_prefix   = "app-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  user_data = base64encode(templatefile("${path.module}/boot.sh.tpl", {})) # expect: AWS-EC2-012
}

resource "aws_launch_configuration" "legacy" {
  name_prefix   = "legacy-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"

  user_data = <<-EOF # expect: AWS-EC2-012
    #cloud-config
    password: S3cure-Passw0rd
    chpasswd:
      expire: false
    ssh_pwauth: true
  EOF
}

resource "aws_instance" "db_client" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  user_data     = "#!/bin/bash\nmysql -h db.internal -u app --password=${var.db_password} < /opt/schema.sql\n" # expect: AWS-EC2-012
}
