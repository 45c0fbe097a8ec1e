# The HR sync app's registration, as the platform team keeps it in Terraform.
data "azuread_application_published_app_ids" "well_known" {}

data "azuread_service_principal" "msgraph" {
  client_id = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]
}

resource "azuread_application" "hr_sync" {
  display_name = "Contoso HR sync"

  required_resource_access {
    resource_app_id = data.azuread_application_published_app_ids.well_known.result["MicrosoftGraph"]

    resource_access {
      id   = data.azuread_service_principal.msgraph.app_role_ids["User.Read.All"]
      type = "Role"
    }

    resource_access {
      id   = data.azuread_service_principal.msgraph.app_role_ids["Group.Read.All"]
      type = "Role"
    }

    # Added for a one-off migration and never removed.
    resource_access {
      id   = data.azuread_service_principal.msgraph.app_role_ids["Directory.ReadWrite.All"]
      type = "Role"
    }
  }
}
