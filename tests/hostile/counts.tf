resource "aws_ebs_volume" "many" {
  count     = 1000000
  encrypted = true
}

locals {
  a = local.b
  b = local.a
  big = format("%s", join("", [for i in range(1000) : "x"]))
}

resource "aws_ebs_volume" "cycle" {
  encrypted = local.a
}
