resource "aws_iam_user" "deployer" {
  name = "ci-deployer"
}

resource "aws_iam_access_key" "deployer" {
  user = aws_iam_user.deployer.name # expect: AWS-IAM-007
}

resource "aws_iam_access_key" "encrypted" {
  user    = "reporting" # expect: AWS-IAM-007
  pgp_key = "keybase:reporting_team"
}
