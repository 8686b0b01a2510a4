variable "policy_json" {
  type = string
}

# PassRole on one named role.
resource "aws_iam_policy" "deployer" {
  name = "deployer"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "iam:PassRole"
      Resource = "arn:aws:iam::123456789012:role/lambda-exec"
    }]
  })
}

# PassRole on any role, but only to EC2.
data "aws_iam_policy_document" "ec2" {
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role_policy" "ec2" {
  name   = "ec2"
  role   = "launcher"
  policy = data.aws_iam_policy_document.ec2.json
}

# Unknown policy: no finding.
resource "aws_iam_role_policy" "unknown" {
  name   = "unknown"
  role   = "ci"
  policy = var.policy_json
}
