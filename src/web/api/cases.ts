/** Queries and mutations of the Tussen Wal en Schip casework API (src/server/domains/cases). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CaseDashboard, CaseDetail, CaseInput, CaseList, CasePatch, CaseStatus, LearningView } from '../../shared/cases';
import { api } from './client';

export type CaseBody = z.input<typeof CaseInput>;
export type CasePatchBody = z.input<typeof CasePatch>;
export type CaseListData = z.infer<typeof CaseList>;
export interface LifeDomainFramework {
  key: string;
  name: string;
  source: string;
  scaleMin: number;
  scaleMax: number;
  scaleLabels: string[];
  isDefault: boolean;
  domains: { key: string; name: string }[];
}

const CASE_KEYS = ['cases', 'case', 'case-dashboard', 'learning'] as const;

export const useCases = (status?: CaseStatus, enabled = true) =>
  useQuery({ queryKey: ['cases', status ?? ''], queryFn: () => api<CaseListData>(`/cases${status ? `?status=${status}` : ''}`), enabled });
export const useCase = (id: string) => useQuery({ queryKey: ['case', id], queryFn: () => api<CaseDetail>(`/cases/${id}`) });
export const useFrameworks = () => useQuery({ queryKey: ['life-domain-frameworks'], queryFn: () => api<{ items: LifeDomainFramework[] }>('/life-domain-frameworks'), staleTime: 300_000 });
export const useCaseDashboard = () => useQuery({ queryKey: ['case-dashboard'], queryFn: () => api<CaseDashboard>('/case-dashboard') });
export const useLearning = () => useQuery({ queryKey: ['learning'], queryFn: () => api<LearningView>('/learning') });

function useCaseMutation<TVars>(fn: (vars: TVars) => Promise<CaseDetail>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      qc.setQueryData(['case', detail.id], detail);
      for (const key of CASE_KEYS) if (key !== 'case') void qc.invalidateQueries({ queryKey: [key] });
    },
  });
}

export const useCreateCase = () => useCaseMutation((body: CaseBody) => api<CaseDetail>('/cases', { method: 'POST', body }));
export const useUpdateCase = (id: string) => useCaseMutation((body: CasePatchBody) => api<CaseDetail>(`/cases/${id}`, { method: 'PATCH', body }));
export const useMoveCase = (id: string) =>
  useCaseMutation((body: { status: CaseStatus; version: number }) => api<CaseDetail>(`/cases/${id}/status`, { method: 'POST', body }));
