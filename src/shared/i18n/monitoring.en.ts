import type { monitoringNl } from './monitoring.nl';

/** English messages of the monitoring pages: the same keys as monitoring.nl.ts. */
export const monitoringEn: Record<keyof typeof monitoringNl, string> = {
  'monitoring.title': 'Monitoring',
};
