/** Queries and mutations of the Tussen Wal en Schip casework API (src/server/domains/cases). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  CaseAttention,
  CaseAttentionKind,
  CaseDashboard,
  CaseDetail,
  CaseInput,
  CaseList,
  CasePatch,
  CaseStatus,
  Conference,
  ConferenceActionInput,
  ConferenceActionPatch,
  ConferenceInput,
  ConferenceKind,
  ConferenceList,
  ConferencePatch,
  KnelpuntOverview,
  LearningTrace,
  LearningView,
  SignalInput,
  SignalPatch,
  SignalSuggestions,
  SystemSignal,
  SystemSignalList,
  TeamCandidates,
  TwsBudgetView,
} from '../../shared/cases';
import { api } from './client';

export type CaseBody = z.input<typeof CaseInput>;
export type CasePatchBody = z.input<typeof CasePatch>;
export type CaseListData = z.infer<typeof CaseList>;
export type ConferenceBody = z.input<typeof ConferenceInput>;
export type ConferencePatchBody = z.input<typeof ConferencePatch>;
export type ConferenceActionBody = z.input<typeof ConferenceActionInput>;
export type ConferenceActionPatchBody = z.input<typeof ConferenceActionPatch>;
export type ConferenceListData = z.infer<typeof ConferenceList>;
export type SignalBody = z.input<typeof SignalInput>;
export type SignalPatchBody = z.input<typeof SignalPatch>;
export type SignalListData = z.infer<typeof SystemSignalList>;
export type SignalSuggestionsData = z.infer<typeof SignalSuggestions>;
export type KnelpuntOverviewData = z.infer<typeof KnelpuntOverview>;
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

/** Everything computed from case data: refreshed after any change to a case, a conference or a signal. */
const DERIVED_KEYS = [
  'cases',
  'case-dashboard',
  'learning',
  'knelpunten',
  'tws-budget',
  'case-conferences',
  'case-conference',
  'case-attention',
  'system-signals',
  'system-signal',
  'signal-suggestions',
] as const;

function useInvalidateDerived() {
  const qc = useQueryClient();
  return (except?: string) => {
    for (const key of DERIVED_KEYS) if (key !== except) void qc.invalidateQueries({ queryKey: [key] });
  };
}

// ---------- cases ----------

export function useCases(status?: CaseStatus, enabled = true, code = '') {
  const q = new URLSearchParams();
  if (status) q.set('status', status);
  if (code) q.set('q', code);
  const qs = q.toString();
  return useQuery({ queryKey: ['cases', status ?? '', code], queryFn: () => api<CaseListData>(`/cases${qs ? `?${qs}` : ''}`), enabled });
}
export const useCase = (id: string) => useQuery({ queryKey: ['case', id], queryFn: () => api<CaseDetail>(`/cases/${id}`) });
export const useFrameworks = () => useQuery({ queryKey: ['life-domain-frameworks'], queryFn: () => api<{ items: LifeDomainFramework[] }>('/life-domain-frameworks'), staleTime: 300_000 });
export const useCaseDashboard = () => useQuery({ queryKey: ['case-dashboard'], queryFn: () => api<CaseDashboard>('/case-dashboard') });
export const useLearning = () => useQuery({ queryKey: ['learning'], queryFn: () => api<LearningView>('/learning') });
/** All of the caller's cases behind a blocker or a change (the learning view lists only the first few). */
export function useLearningTrace(trace: { blocker: string } | { signalId: string }, enabled: boolean) {
  const q = new URLSearchParams({ ...trace, limit: '500' }).toString();
  return useQuery({ queryKey: ['learning', 'trace', q], queryFn: () => api<z.infer<typeof LearningTrace>>(`/learning/cases?${q}`), enabled });
}
export const useKnelpunten = (enabled = true) => useQuery({ queryKey: ['knelpunten'], queryFn: () => api<KnelpuntOverviewData>('/knelpunten'), enabled });

function useCaseMutation<TVars>(fn: (vars: TVars) => Promise<CaseDetail>) {
  const qc = useQueryClient();
  const invalidate = useInvalidateDerived();
  return useMutation({
    mutationFn: fn,
    onSuccess: (detail) => {
      qc.setQueryData(['case', detail.id], detail);
      invalidate();
    },
  });
}

export const useCreateCase = () => useCaseMutation((body: CaseBody) => api<CaseDetail>('/cases', { method: 'POST', body }));
export const useUpdateCase = (id: string) => useCaseMutation((body: CasePatchBody) => api<CaseDetail>(`/cases/${id}`, { method: 'PATCH', body }));
export const useMoveCase = (id: string) =>
  useCaseMutation((body: { status: CaseStatus; version: number }) => api<CaseDetail>(`/cases/${id}/status`, { method: 'POST', body }));

/** Who may be put on a case team (programme managers and case workers). */
export const useTeamCandidates = (enabled = true) =>
  useQuery({ queryKey: ['case-team-candidates'], queryFn: () => api<TeamCandidates>('/case-team-candidates'), enabled, staleTime: 300_000 });

// ---------- case conferences ----------

export const useCaseAttention = (kind?: CaseAttentionKind) =>
  useQuery({ queryKey: ['case-attention', kind ?? ''], queryFn: () => api<CaseAttention>(`/case-attention${kind ? `?kind=${kind}` : ''}`) });

export const useConferences = (kind?: ConferenceKind, enabled = true) =>
  useQuery({ queryKey: ['case-conferences', kind ?? ''], queryFn: () => api<ConferenceListData>(`/case-conferences${kind ? `?kind=${kind}` : ''}`), enabled });
export const useConference = (id: string) => useQuery({ queryKey: ['case-conference', id], queryFn: () => api<Conference>(`/case-conferences/${id}`) });

function useConferenceMutation<TVars>(fn: (vars: TVars) => Promise<Conference>) {
  const qc = useQueryClient();
  const invalidate = useInvalidateDerived();
  return useMutation({
    mutationFn: fn,
    onSuccess: (conference) => {
      qc.setQueryData(['case-conference', conference.id], conference);
      invalidate('case-conference');
    },
  });
}
export const useCreateConference = () => useConferenceMutation((body: ConferenceBody) => api<Conference>('/case-conferences', { method: 'POST', body }));
export const useUpdateConference = (id: string) =>
  useConferenceMutation((body: ConferencePatchBody) => api<Conference>(`/case-conferences/${id}`, { method: 'PATCH', body }));
export const useAddConferenceAction = (id: string) =>
  useConferenceMutation((body: ConferenceActionBody) => api<Conference>(`/case-conferences/${id}/actions`, { method: 'POST', body }));
export const useUpdateConferenceAction = (id: string) =>
  useConferenceMutation(({ actionId, ...body }: ConferenceActionPatchBody & { actionId: string }) =>
    api<Conference>(`/case-conferences/${id}/actions/${actionId}`, { method: 'PATCH', body }),
  );

// ---------- system signals ----------

export const useSignals = () => useQuery({ queryKey: ['system-signals'], queryFn: () => api<SignalListData>('/system-signals') });
export const useSignal = (id: string) => useQuery({ queryKey: ['system-signal', id], queryFn: () => api<SystemSignal>(`/system-signals/${id}`) });
export const useSignalSuggestions = (enabled = true) =>
  useQuery({ queryKey: ['signal-suggestions'], queryFn: () => api<SignalSuggestionsData>('/system-signals/suggestions'), enabled });

function useSignalMutation<TVars>(fn: (vars: TVars) => Promise<SystemSignal>) {
  const qc = useQueryClient();
  const invalidate = useInvalidateDerived();
  return useMutation({
    mutationFn: fn,
    onSuccess: (signal) => {
      qc.setQueryData(['system-signal', signal.id], signal);
      invalidate('system-signal');
    },
  });
}
export const useCreateSignal = () => useSignalMutation((body: SignalBody) => api<SystemSignal>('/system-signals', { method: 'POST', body }));
/** PATCH a signal; the id travels with the variables, so one hook serves every signal on a page. */
export const useUpdateSignal = () =>
  useSignalMutation(({ id, ...body }: SignalPatchBody & { id: string }) => api<SystemSignal>(`/system-signals/${id}`, { method: 'PATCH', body }));

// ---------- the Tussen Wal en Schip budget ----------

export const useTwsBudget = (year: number) => useQuery({ queryKey: ['tws-budget', year], queryFn: () => api<TwsBudgetView>(`/tws-budget?year=${year}`) });
export function useSetTwsBudget() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ year, amountCents }: { year: number; amountCents: number }) => api<TwsBudgetView>(`/tws-budget/${year}`, { method: 'PUT', body: { amountCents } }),
    onSuccess: (view) => {
      qc.setQueryData(['tws-budget', view.year], view);
      void qc.invalidateQueries({ queryKey: ['tws-budget'] });
    },
  });
}
