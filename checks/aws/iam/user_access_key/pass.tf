variable "key_status" {
  type = string
}

# An inactive key cannot be used.
resource "aws_iam_access_key" "retired" {
  user   = "legacy-integration"
  status = "Inactive"
}

# Unknown status: no finding.
resource "aws_iam_access_key" "unknown" {
  user   = "ci-deployer"
  status = var.key_status
}

# count = 0: the key does not exist.
resource "aws_iam_access_key" "disabled" {
  count = 0
  user  = "ci-deployer"
}
