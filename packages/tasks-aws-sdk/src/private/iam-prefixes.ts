import { Token } from 'aws-cdk-lib/core';

/**
 * The IAM service prefix of every AWS SDK service whose prefix is not its SDK name.
 *
 * Keys are SDK service names as Step Functions spells them in `arn:aws:states:::aws-sdk:<service>:<action>`:
 * lower case, no separators (an AWS SDK for JavaScript v3 client name without its hyphens is the same name, see
 * {@link JS_SDK_ALIASES} for the few that are not). Services missing here use their SDK name as IAM prefix.
 *
 * @see https://docs.aws.amazon.com/step-functions/latest/dg/supported-services-awssdk.html (SDK service names)
 * @see https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html (IAM prefixes)
 */
export const IAM_PREFIXES: { readonly [sdkService: string]: string } = {
  accessanalyzer: 'access-analyzer',
  acmpca: 'acm-pca',
  amp: 'aps',
  apigatewaymanagementapi: 'execute-api',
  apigatewayv2: 'apigateway',
  appconfigdata: 'appconfig',
  appintegrations: 'app-integrations',
  applicationautoscaling: 'application-autoscaling',
  applicationcostprofiler: 'application-cost-profiler',
  applicationdiscovery: 'discovery',
  applicationsignals: 'application-signals',
  arczonalshift: 'arc-zonal-shift',
  autoscalingplans: 'autoscaling-plans',
  backupgateway: 'backup-gateway',
  backupsearch: 'backup-search',
  bcmdataexports: 'bcm-data-exports',
  bcmpricingcalculator: 'bcm-pricing-calculator',
  bedrockagent: 'bedrock',
  bedrockagentruntime: 'bedrock',
  bedrockdataautomation: 'bedrock',
  bedrockdataautomationruntime: 'bedrock',
  bedrockruntime: 'bedrock',
  chimesdkidentity: 'chime',
  chimesdkmediapipelines: 'chime',
  chimesdkmeetings: 'chime',
  chimesdkmessaging: 'chime',
  chimesdkvoice: 'chime',
  cleanroomsml: 'cleanrooms-ml',
  cloudcontrol: 'cloudformation',
  cloudfrontkeyvaluestore: 'cloudfront-keyvaluestore',
  cloudhsmv2: 'cloudhsm',
  cloudtraildata: 'cloudtrail-data',
  cloudwatchevents: 'events',
  cloudwatchlogs: 'logs',
  codeguruprofiler: 'codeguru-profiler',
  codegurureviewer: 'codeguru-reviewer',
  codegurusecurity: 'codeguru-security',
  codestarconnections: 'codestar-connections',
  codestarnotifications: 'codestar-notifications',
  cognitoidentity: 'cognito-identity',
  cognitoidentityprovider: 'cognito-idp',
  cognitosync: 'cognito-sync',
  computeoptimizer: 'compute-optimizer',
  connectcampaigns: 'connect-campaigns',
  connectcampaignsv2: 'connect-campaigns',
  connectcases: 'cases',
  connectcontactlens: 'connect',
  costandusagereport: 'cur',
  costexplorer: 'ce',
  costoptimizationhub: 'cost-optimization-hub',
  customerprofiles: 'profile',
  databasemigration: 'dms',
  devopsguru: 'devops-guru',
  directory: 'ds',
  directoryservicedata: 'ds-data',
  docdb: 'rds',
  docdbelastic: 'docdb-elastic',
  dynamodbstreams: 'dynamodb',
  ec2instanceconnect: 'ec2-instance-connect',
  ecrpublic: 'ecr-public',
  efs: 'elasticfilesystem',
  eksauth: 'eks-auth',
  elasticinference: 'elastic-inference',
  elasticloadbalancingv2: 'elasticloadbalancing',
  elasticsearch: 'es',
  emr: 'elasticmapreduce',
  emrcontainers: 'emr-containers',
  emrserverless: 'emr-serverless',
  eventbridge: 'events',
  finspacedata: 'finspace-api',
  forecastquery: 'forecast',
  geomaps: 'geo-maps',
  geoplaces: 'geo-places',
  georoutes: 'geo-routes',
  greengrassv2: 'greengrass',
  inspectorscan: 'inspector-scan',
  iotdataplane: 'iot',
  ioteventsdata: 'iotevents',
  iotjobsdataplane: 'iotjobsdata',
  iotsecuretunneling: 'iot',
  ivsrealtime: 'ivs',
  kendraranking: 'kendra-ranking',
  keyspaces: 'cassandra',
  kinesisanalyticsv2: 'kinesisanalytics',
  kinesisvideoarchivedmedia: 'kinesisvideo',
  kinesisvideomedia: 'kinesisvideo',
  kinesisvideosignaling: 'kinesisvideo',
  kinesisvideowebrtcstorage: 'kinesisvideo',
  lexmodelbuilding: 'lex',
  lexmodelsv2: 'lex',
  lexruntime: 'lex',
  lexruntimev2: 'lex',
  licensemanager: 'license-manager',
  licensemanagerlinuxsubscriptions: 'license-manager-linux-subscriptions',
  licensemanagerusersubscriptions: 'license-manager-user-subscriptions',
  location: 'geo',
  mailmanager: 'ses',
  managedblockchainquery: 'managedblockchain-query',
  marketplacecatalog: 'aws-marketplace',
  marketplaceentitlement: 'aws-marketplace',
  marketplacemetering: 'aws-marketplace',
  marketplacereporting: 'aws-marketplace',
  mediapackagevod: 'mediapackage-vod',
  medicalimaging: 'medical-imaging',
  migrationhub: 'mgh',
  migrationhubconfig: 'mgh',
  migrationhuborchestrator: 'migrationhub-orchestrator',
  migrationhubrefactorspaces: 'refactor-spaces',
  migrationhubstrategy: 'migrationhub-strategy',
  mturk: 'mechanicalturk',
  mwaa: 'airflow',
  neptune: 'rds',
  neptunegraph: 'neptune-graph',
  networkfirewall: 'network-firewall',
  notificationscontacts: 'notifications-contacts',
  opensearch: 'es',
  opensearchserverless: 'aoss',
  opsworkscm: 'opsworks-cm',
  partnercentralselling: 'partnercentral',
  paymentcryptography: 'payment-cryptography',
  paymentcryptographydata: 'payment-cryptography',
  pcaconnectorad: 'pca-connector-ad',
  pcaconnectorscep: 'pca-connector-scep',
  personalizeevents: 'personalize',
  personalizeruntime: 'personalize',
  pinpoint: 'mobiletargeting',
  pinpointemail: 'ses',
  pinpointsmsvoice: 'sms-voice',
  pinpointsmsvoicev2: 'sms-voice',
  privatenetworks: 'private-networks',
  qconnect: 'wisdom',
  qldbsession: 'qldb',
  rdsdata: 'rds-data',
  redshiftdata: 'redshift-data',
  redshiftserverless: 'redshift-serverless',
  resourceexplorer2: 'resource-explorer-2',
  resourcegroups: 'resource-groups',
  resourcegroupstaggingapi: 'tag',
  route53recoverycluster: 'route53-recovery-cluster',
  route53recoverycontrolconfig: 'route53-recovery-control-config',
  route53recoveryreadiness: 'route53-recovery-readiness',
  s3control: 's3',
  s3outposts: 's3-outposts',
  sagemakera2iruntime: 'sagemaker',
  sagemakeredge: 'sagemaker',
  sagemakerfeaturestoreruntime: 'sagemaker',
  sagemakergeospatial: 'sagemaker-geospatial',
  sagemakermetrics: 'sagemaker',
  sagemakerruntime: 'sagemaker',
  securityir: 'security-ir',
  serverlessapplicationrepository: 'serverlessrepo',
  servicecatalogappregistry: 'servicecatalog',
  sesv2: 'ses',
  sfn: 'states',
  snowdevicemanagement: 'snow-device-management',
  socialmessaging: 'social-messaging',
  ssmcontacts: 'ssm-contacts',
  ssmincidents: 'ssm-incidents',
  ssmquicksetup: 'ssm-quicksetup',
  ssmsap: 'ssm-sap',
  ssoadmin: 'sso',
  ssooidc: 'sso-oauth',
  supplychain: 'scn',
  taxsettings: 'tax',
  timestreaminfluxdb: 'timestream-influxdb',
  timestreamquery: 'timestream',
  timestreamwrite: 'timestream',
  vpclattice: 'vpc-lattice',
  wafregional: 'waf-regional',
  workspacesthinclient: 'thinclient',
  workspacesweb: 'workspaces-web',
};

/**
 * AWS SDK for JavaScript v3 client names whose hyphen-less form is not the Step Functions SDK name, mapped to it.
 *
 * @see https://docs.aws.amazon.com/AWSJavaScriptSDK/v3/latest/
 */
export const JS_SDK_ALIASES: { readonly [jsClientWithoutHyphens: string]: string } = {
  applicationdiscoveryservice: 'applicationdiscovery',
  configservice: 'config',
  costandusagereportservice: 'costandusagereport',
  databasemigrationservice: 'databasemigration',
  directoryservice: 'directory',
  elasticsearchservice: 'elasticsearch',
  lexmodelbuildingservice: 'lexmodelbuilding',
  lexruntimeservice: 'lexruntime',
  marketplaceentitlementservice: 'marketplaceentitlement',
};

/**
 * The IAM prefix of a Step Functions AWS SDK service name (`sfn`, `cloudwatchlogs`, …), matched case-insensitively;
 * a name the table does not know, or a token, is returned as given.
 */
export function iamPrefixOfSdkService(service: string): string {
  if (Token.isUnresolved(service)) return service;
  return own(IAM_PREFIXES, service.toLowerCase()) ?? service;
}

/**
 * The IAM prefix of an AWS SDK for JavaScript v3 client name (`sfn`, `cloudwatch-logs`, `route-53`, …): the
 * table's prefix, else the name without hyphens (`route53`); a token is returned as given.
 */
export function iamPrefixOfJsSdkClient(client: string): string {
  if (Token.isUnresolved(client)) return client;
  const compact = client.toLowerCase().replace(/-/g, '');
  const sdkService = own(JS_SDK_ALIASES, compact) ?? compact;
  return own(IAM_PREFIXES, sdkService) ?? sdkService;
}

function own(table: { readonly [key: string]: string }, key: string): string | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}
