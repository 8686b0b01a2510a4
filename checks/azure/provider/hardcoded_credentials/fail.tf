variable "client_secret" {
  default = "Qx48Q~fake.SecretValue_f0r-Tests1234567890"
}

provider "azurerm" {
  features {}
  subscription_id = "00000000-0000-0000-0000-000000000000"
  client_id       = "11111111-1111-1111-1111-111111111111"
  client_secret   = var.client_secret # expect: AZURE-PROVIDER-001
  tenant_id       = "22222222-2222-2222-2222-222222222222"
}

provider "azuread" {
  client_id                   = "11111111-1111-1111-1111-111111111111"
  client_certificate_path     = "sp.pfx"
  client_certificate_password = "hunter2-but-longer" # expect: AZURE-PROVIDER-001
}
