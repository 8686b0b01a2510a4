resource "x" "y" {
  a = "ÿþ"
}
