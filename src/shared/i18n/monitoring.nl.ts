/** Dutch messages of the monitoring pages (merged into nl.ts). */
export const monitoringNl = {
  'monitoring.title': 'Monitoring',
} as const;
