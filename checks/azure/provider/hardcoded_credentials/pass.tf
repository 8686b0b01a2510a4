variable "client_secret" {
  # Given by CI (TF_VAR_client_secret): unknown here.
  sensitive = true
}

provider "azurerm" {
  features {}
  use_oidc = true
}

provider "azurerm" {
  alias         = "sp"
  features {}
  client_id     = "11111111-1111-1111-1111-111111111111"
  client_secret = var.client_secret
}

provider "azuread" {
  use_msi = true
}
