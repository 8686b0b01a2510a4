# Fixture for the report formats (tests/report_formats.rs): findings with related locations,
# a finding after non-ASCII text on its line (volumes.tf.json), and an input error (broken.tf).

data "aws_iam_policy_document" "anyone" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "anyone" {
  name               = "anyone"
  assume_role_policy = data.aws_iam_policy_document.anyone.json
}

resource "aws_security_group" "admin" {
  name        = "admin"
  description = "Accès <admin> & \"ops\", 100%: ssh"

  ingress {
    description = "SSH, from anywhere"
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8", "0.0.0.0/0"]
  }

  egress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["10.0.0.0/8"]
  }
}

resource "aws_kms_key" "logs" {
  description         = "logs"
  enable_key_rotation = false
}

# posture:ignore AWS-KMS-001 rotation is managed outside Terraform
resource "aws_kms_key" "imported" {
  description = "imported"
}
