resource "aws_iam_user" "alice" {
  name = "alice"
}

# Inline policy on a user.
resource "aws_iam_user_policy" "alice_reports" {
  name = "reports"
  user = aws_iam_user.alice.name # expect: AWS-IAM-003
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::reports/*" }]
  })
}

# Managed policy attached to a user.
resource "aws_iam_user_policy_attachment" "alice_readonly" {
  user       = "alice" # expect: AWS-IAM-003
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

variable "billing_users" {
  type    = list(string)
  default = ["bob", "carol"]
}

# Exclusive attachment that lists users.
resource "aws_iam_policy_attachment" "billing" {
  name       = "billing"
  users      = var.billing_users # expect: AWS-IAM-003
  groups     = ["finance"]
  policy_arn = "arn:aws:iam::aws:policy/job-function/Billing"
}
