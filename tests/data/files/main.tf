resource "aws_iam_policy" "from_file" {
  policy = file("${path.module}/policy.json")
}

resource "aws_iam_policy" "from_template" {
  policy = templatefile("${path.module}/policy.tpl", { action = "s3:GetObject" })
}

resource "x_thing" "escape" {
  outside  = file("${path.module}/../../../Cargo.toml")
  absolute = file("/etc/hostname")
  exists   = fileexists("${path.module}/policy.json")
  missing  = fileexists("${path.module}/nope.json")
  yaml     = yamldecode(file("${path.module}/config.yaml"))
  set      = fileset(path.module, "*.{json,tpl}")
}
