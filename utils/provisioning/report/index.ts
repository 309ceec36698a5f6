export { code, md } from './escape';
export { renderProvisioningReport, type ProvisioningReportOptions } from './markdown';
export { PROVISIONING_EXPORT_FORMAT, buildProvisioningExport, type ProvisioningExportOptions } from './export';
