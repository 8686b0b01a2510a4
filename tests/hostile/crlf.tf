resource "aws_ebs_volume" "crlf" {
  size      = 1
  encrypted = false
}
