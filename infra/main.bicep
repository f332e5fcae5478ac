// Processing register for Teams: everything one municipality (or a shared service for several) needs in Azure.
// Deploy with: az deployment group create -g <rg> -f infra/main.bicep -p infra/main.parameters.json
targetScope = 'resourceGroup'

@description('Short lower-case prefix for resource names, e.g. "prtsdt".')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Azure region for everything except the bot (which is global).')
param location string = resourceGroup().location

@description('Application (client) id of the Entra app registration used for Teams SSO and the bot.')
param entraClientId string

@description('The Teams app id (manifest id); cards and messages link into the tab with Teams deep links. Empty: plain URLs.')
param teamsAppId string = ''

@description('Entra tenant ids allowed to use this deployment, comma-separated. The first is the home tenant of the bot.')
param allowedTenants string

@description('Client secret of the app registration; stored in Key Vault, read by the app through a Key Vault reference.')
@secure()
param entraClientSecret string

@description('Object id of the Entra group whose members are data protection officers.')
param dpoGroupId string

@description('Object id of the Entra group of the whistleblower function.')
param whistleblowerGroupId string

@description('Object id of the Entra group that handles data-subject requests beside the DPO (optional).')
param dsrHandlerGroupId string = ''

@description('Object id of the Entra group of register administrators.')
param adminGroupId string

@description('Holiday calendar for deadlines: SE or DK.')
@allowed(['SE', 'DK'])
param defaultCountry string = 'SE'

@description('Per-tenant deadline settings as JSON, e.g. {"<tenantId>":{"country":"DK","whistleblowerRetentionMonths":24}}.')
param tenantSettings string = '{}'

@description('Maximum number of Flex Consumption instances.')
param maximumInstanceCount int = 40

var suffix = uniqueString(resourceGroup().id)
var functionAppName = '${namePrefix}-func-${suffix}'
var publicHost = '${functionAppName}.azurewebsites.net'
var databaseName = 'processing-register'
var botTenantId = split(allowedTenants, ',')[0]

// The containers the code uses (functions/src/store/containers.ts); a test keeps the two lists equal.
var cosmosContainers = [
  { name: 'processings', partitionKey: '/tenantId' }
  { name: 'processingVersions', partitionKey: '/tenantId' }
  { name: 'auditLog', partitionKey: '/tenantId' }
  { name: 'cases', partitionKey: '/tenantId' }
  { name: 'reminderLedger', partitionKey: '/tenantId' }
  { name: 'chatOutbox', partitionKey: '/tenantId' }
  { name: 'conversations', partitionKey: '/tenantId' }
  { name: 'thesauri', partitionKey: '/tenantId' }
  { name: 'documentDrafts', partitionKey: '/tenantId' }
  { name: 'templates', partitionKey: '/tenantId' }
  { name: 'systems', partitionKey: '/tenantId' }
  { name: 'processors', partitionKey: '/tenantId' }
]

// Built-in role definition ids.
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'
var monitoringMetricsPublisher = '3913510d-42f4-4e42-8a64-420c390055eb'
var cosmosDataContributor = '00000000-0000-0000-0000-000000000002'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${namePrefix}-id-${suffix}'
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 90
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${namePrefix}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${namePrefix}st${suffix}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: 'deployments'
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [storageBlobDataOwner, storageQueueDataContributor, storageTableDataContributor]: {
  scope: storage
  name: guid(storage.id, identity.id, role)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}]

resource insightsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: insights
  name: guid(insights.id, identity.id, monitoringMetricsPublisher)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource cosmos 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {
  name: '${namePrefix}-cosmos-${suffix}'
  location: location
  kind: 'GlobalDocumentDB'
  properties: {
    databaseAccountOfferType: 'Standard'
    capabilities: [{ name: 'EnableServerless' }]
    consistencyPolicy: { defaultConsistencyLevel: 'Session' }
    locations: [{ locationName: location, failoverPriority: 0, isZoneRedundant: false }]
    // Keys are never used: the app signs in with its managed identity.
    disableLocalAuth: true
    minimalTlsVersion: 'Tls12'
    backupPolicy: {
      type: 'Continuous'
      continuousModeProperties: { tier: 'Continuous7Days' }
    }
  }
}

resource database 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases@2024-05-15' = {
  parent: cosmos
  name: databaseName
  properties: {
    resource: { id: databaseName }
  }
}

// No indexingPolicy: the default (consistent, every path range-indexed) serves the reminder sweep's queries, a range on
// reminderLedger nextAt (with kind) and on cases createdAt/updatedAt, so a sweep reads what is due, not every open case.
resource containers 'Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers@2024-05-15' = [for c in cosmosContainers: {
  parent: database
  name: c.name
  properties: {
    resource: {
      id: c.name
      partitionKey: { paths: [c.partitionKey], kind: 'Hash', version: 2 }
    }
  }
}]

resource cosmosRole 'Microsoft.DocumentDB/databaseAccounts/sqlRoleAssignments@2024-05-15' = {
  parent: cosmos
  name: guid(cosmos.id, identity.id, cosmosDataContributor)
  properties: {
    roleDefinitionId: '${cosmos.id}/sqlRoleDefinitions/${cosmosDataContributor}'
    principalId: identity.properties.principalId
    scope: cosmos.id
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${namePrefix}kv${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'entra-client-secret'
  properties: { value: entraClientSecret }
}

resource vaultRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${namePrefix}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

// Every setting the code reads (functions/src/app/settings.ts) plus the Functions runtime's own.
var appSettings = [
  { name: 'AzureWebJobsStorage__accountName', value: storage.name }
  { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
  { name: 'AzureWebJobsStorage__clientId', value: identity.properties.clientId }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
  { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'ClientId=${identity.properties.clientId};Authorization=AAD' }
  { name: 'COSMOS_ENDPOINT', value: cosmos.properties.documentEndpoint }
  { name: 'COSMOS_DATABASE', value: databaseName }
  { name: 'AZURE_CLIENT_ID', value: identity.properties.clientId }
  { name: 'ENTRA_CLIENT_ID', value: entraClientId }
  { name: 'ENTRA_APP_ID_URI', value: 'api://${publicHost}/${entraClientId}' }
  { name: 'ENTRA_ALLOWED_TENANTS', value: allowedTenants }
  { name: 'ENTRA_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})' }
  { name: 'BOT_ID', value: entraClientId }
  { name: 'BOT_TENANT_ID', value: botTenantId }
  { name: 'TEAMS_APP_ID', value: teamsAppId }
  { name: 'DPO_GROUP_ID', value: dpoGroupId }
  { name: 'WHISTLEBLOWER_GROUP_ID', value: whistleblowerGroupId }
  { name: 'DSR_HANDLER_GROUP_ID', value: dsrHandlerGroupId }
  { name: 'ADMIN_GROUP_ID', value: adminGroupId }
  { name: 'PUBLIC_APP_URL', value: 'https://${publicHost}' }
  { name: 'DEFAULT_COUNTRY', value: defaultCountry }
  { name: 'TENANT_SETTINGS', value: tenantSettings }
]

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}deployments'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: { name: 'node', version: '22' }
    }
  }
  dependsOn: [storageRoles, vaultRole, cosmosRole, deploymentContainer]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${namePrefix}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Behandlingsregister'
    endpoint: 'https://${publicHost}/api/messages'
    msaAppId: entraClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
    disableLocalAuth: false
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

output functionAppHostName string = functionApp.properties.defaultHostName
output functionAppName string = functionApp.name
output applicationIdUri string = 'api://${publicHost}/${entraClientId}'
output botId string = entraClientId
output cosmosEndpoint string = cosmos.properties.documentEndpoint
output deploymentContainerUrl string = '${storage.properties.primaryEndpoints.blob}deployments'
