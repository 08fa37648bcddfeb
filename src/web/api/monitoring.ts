/** Queries and mutations of the monitoring API (figures: areas, indicators, values, imports, geometry). */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Area, AreaValue, ImportReport, ImportSummary, Indicator, IndicatorValue } from '../../shared/monitoring';
import { api, ApiError } from './client';
import type { Session } from './hooks';

/**
 * What the user may do in monitoring: the session's abilities, which the server derives from the
 * same policies that guard the routes (monitoring.import, monitoring.values.edit,
 * monitoring.areas.edit); the server checks again on every request.
 */
export function monitoringAbilities(session: Pick<Session, 'abilities'> | null | undefined) {
  const a = session?.abilities;
  return {
    importFiles: !!a?.importMonitoringFiles,
    editValues: !!a?.editIndicatorValues,
    editAreas: !!a?.editProgrammeAreas,
    /** geometry upload falls under monitoring.import */
    editGeometry: !!a?.importMonitoringFiles,
  };
}

/** Codes of the areas every view starts from. */
export const BRUNSSUM = 'GM0899';
export const NOORD = 'KS-BRUNSSUM-NOORD';
export const OOST = 'KS-BRUNSSUM-OOST';
export const REST = 'KS-BRUNSSUM-REST';
export const HEERLEN_NOORD = 'KS-HEERLEN-NOORD';
export const PARKSTAD = 'KS-PARKSTAD';
export const NEDERLAND = 'NL00';
export const PROGRAMME_AREAS = [NOORD, OOST, REST];
export const REFERENCE_AREAS = [HEERLEN_NOORD, PARKSTAD, NEDERLAND];

const areaQs = (codes: string[]) => codes.map((c) => `area=${encodeURIComponent(c)}`).join('&');

/** Areas; `within` (a gemeente code) limits them to that gemeente, its wijken and buurten, and the programme and reference areas. */
export const useAreas = (within?: string, enabled = true) =>
  useQuery({ queryKey: ['mon-areas', within ?? ''], queryFn: () => api<{ items: Area[] }>(`/areas${within ? `?within=${within}` : ''}`), staleTime: 60_000, enabled });
export const useIndicators = () => useQuery({ queryKey: ['mon-indicators'], queryFn: () => api<{ items: Indicator[] }>('/indicators'), staleTime: 60_000 });
export const useIndicatorValues = (id: string, codes: string[], enabled = true) =>
  useQuery({
    queryKey: ['mon-values', id, [...codes].sort().join(',')],
    queryFn: () => api<{ indicator: Indicator; items: IndicatorValue[] }>(`/indicators/${id}/values${codes.length ? `?${areaQs(codes)}` : ''}`),
    enabled,
  });
export const useAreaValues = (codes: string[], opts: { latest?: boolean; indicator?: string; enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['mon-area-values', [...codes].sort().join(','), opts.latest ? 'latest' : 'all', opts.indicator ?? ''],
    queryFn: () => api<{ items: AreaValue[] }>(`/indicator-values?${areaQs(codes)}${opts.latest ? '&latest=true' : ''}${opts.indicator ? `&indicator=${opts.indicator}` : ''}`),
    enabled: (opts.enabled ?? true) && codes.length > 0,
  });
export const useImports = (enabled = true) => useQuery({ queryKey: ['mon-imports'], queryFn: () => api<{ items: ImportSummary[] }>('/imports'), enabled });
export const useGeometries = (q: { level?: string; codes?: string[] }, enabled = true) =>
  useQuery({
    queryKey: ['mon-geometries', q.level ?? '', (q.codes ?? []).join(',')],
    queryFn: () =>
      api<FeatureCollection<Geometry, { code: string; name: string; level: string }>>(
        `/area-geometries?${[q.level ? `level=${q.level}` : '', q.codes?.length ? areaQs(q.codes) : ''].filter(Boolean).join('&')}`,
      ),
    enabled,
  });

export function invalidateMonitoring(qc: QueryClient) {
  for (const key of ['mon-areas', 'mon-values', 'mon-area-values', 'mon-imports', 'mon-geometries', 'audit']) void qc.invalidateQueries({ queryKey: [key] });
}

function useMonitoringMutation<A, R>(fn: (arg: A) => Promise<R>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateMonitoring(qc) });
}

export const useCommitImport = () => useMonitoringMutation((id: string) => api<ImportReport>(`/imports/${id}/commit`, { method: 'POST', body: {} }));
export const useUndoImport = () => useMonitoringMutation((id: string) => api<ImportReport>(`/imports/${id}/undo`, { method: 'POST', body: {} }));
export interface ValueBody {
  areaCode: string;
  period: string;
  value: string;
  source: string;
  retrievedOn: string;
}
export const useCreateValue = (indicatorId: string) =>
  useMonitoringMutation((body: ValueBody) => api<IndicatorValue>(`/indicators/${indicatorId}/values`, { method: 'POST', body }));
export const usePatchValue = () =>
  useMonitoringMutation(({ id, body }: { id: string; body: Omit<ValueBody, 'areaCode' | 'period'> }) => api<IndicatorValue>(`/indicator-values/${id}`, { method: 'PATCH', body }));
export const useDeleteValue = () => useMonitoringMutation((id: string) => api<void>(`/indicator-values/${id}`, { method: 'DELETE' }));
export const useSetMembers = (code: string) => useMonitoringMutation((buurten: string[]) => api<Area>(`/areas/${code}/members`, { method: 'PUT', body: { buurten } }));
export const useDeleteGeometry = (code: string) => useMonitoringMutation(() => api<Area>(`/areas/${code}/geometry`, { method: 'DELETE' }));

/**
 * Sends a multipart upload with XMLHttpRequest, so the bytes sent can be shown in a progress bar
 * (fetch has no upload progress). Errors become the same ApiError as api() throws.
 */
export function uploadFile<T>(
  path: string,
  method: 'POST' | 'PUT',
  file: File,
  fields: Record<string, string>,
  csrfToken: string | undefined,
  onProgress: (sent: number, total: number) => void,
): Promise<T> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) if (v) form.append(k, v);
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, `/api/v1${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onerror = () => reject(new ApiError(0, 'Geen verbinding', 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.', 'network'));
    xhr.onload = () => {
      let data: { title?: string; detail?: string; code?: string; invalidParams?: { name: string; reason: string }[] } | undefined;
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : undefined;
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(new ApiError(xhr.status, data?.title ?? xhr.statusText, data?.detail ?? '', data?.code, data?.invalidParams ?? []));
    };
    xhr.send(form);
  });
}

export const getImport = (id: string) => api<ImportReport>(`/imports/${id}`);
