variable "policy_arn" {
  type = string
}

resource "aws_iam_role_policy_attachment" "read_only" {
  role       = "auditor"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# A similarly named policy that is not AdministratorAccess.
resource "aws_iam_role_policy_attachment" "amplify" {
  role       = "amplify"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess-Amplify"
}

# A customer managed policy with the same name is another policy (AWS-IAM-001 reads it).
resource "aws_iam_group_policy_attachment" "custom" {
  group      = "ops"
  policy_arn = "arn:aws:iam::123456789012:policy/AdministratorAccess"
}

# Unknown at plan time: no finding.
resource "aws_iam_user_policy_attachment" "unknown" {
  user       = "alice"
  policy_arn = var.policy_arn
}

# count = 0: the attachment does not exist.
resource "aws_iam_role_policy_attachment" "disabled" {
  count      = 0
  role       = "deployer"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
