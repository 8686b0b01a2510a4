output "acl" {
  value     = "authenticated-read"
  sensitive = true
}
