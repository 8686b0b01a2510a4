variable "extra_users" {
  type = list(string)
}

resource "aws_iam_group" "developers" {
  name = "developers"
}

# Policies go to groups and roles.
resource "aws_iam_group_policy_attachment" "developers" {
  group      = aws_iam_group.developers.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "roles_only" {
  name       = "roles-only"
  roles      = ["app"]
  groups     = [aws_iam_group.developers.name]
  users      = []
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# Users unknown at plan time: no finding.
resource "aws_iam_policy_attachment" "unknown" {
  name       = "unknown"
  users      = var.extra_users
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# count = 0: the resource does not exist.
resource "aws_iam_user_policy_attachment" "disabled" {
  count      = 0
  user       = "alice"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}
