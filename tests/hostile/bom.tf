resource "aws_ebs_volume" "bom" {
  encrypted = false
}
