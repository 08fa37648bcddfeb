/** Queries and mutations of the steering cycle and finance API (docs/api-steering.md). */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  BudgetLine,
  BudgetLineInput,
  DecisionInput,
  Dependency,
  DependencyInput,
  Evaluation,
  EvaluationInput,
  FinanceOverview,
  FundingSource,
  FundingSourceInput,
  Lifecycle,
  LifecyclePatch,
  Milestone,
  MilestoneInput,
  Result,
  ResultInput,
  Risk,
  RiskInput,
  RISK_STATUSES,
  Roadmap,
  SignalList,
  Steering,
} from '../../shared/steering';
import { api } from './client';

export type SignalListData = z.infer<typeof SignalList>;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Every query that shows steering or finance data; a write invalidates them all (they are cheap and interlinked: signals, totals, roadmap). */
const STEERING_KEYS = ['steering', 'signals', 'risks', 'dependencies', 'funding-sources', 'finance-overview', 'roadmap', 'audit'] as const;

export function invalidateSteering(qc: QueryClient) {
  for (const key of STEERING_KEYS) void qc.invalidateQueries({ queryKey: [key] });
}

function qs(params: Record<string, string | undefined>) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const useSteering = (effortId: string, opts: { enabled?: boolean } = {}) =>
  useQuery({ queryKey: ['steering', effortId], queryFn: () => api<Steering>(`/efforts/${effortId}/steering`), enabled: opts.enabled ?? true });
export const useSignals = (effort?: string) =>
  useQuery({ queryKey: ['signals', effort ?? ''], queryFn: () => api<SignalListData>(`/signals${qs({ effort })}`) });
export const useRisks = (filter: { effort?: string; status?: RiskStatus } = {}) =>
  useQuery({ queryKey: ['risks', filter.effort ?? '', filter.status ?? ''], queryFn: () => api<{ items: Risk[] }>(`/risks${qs(filter)}`) });
export const useDependencies = () => useQuery({ queryKey: ['dependencies'], queryFn: () => api<{ items: Dependency[] }>('/dependencies') });
export const useFundingSources = () => useQuery({ queryKey: ['funding-sources'], queryFn: () => api<{ items: FundingSource[] }>('/funding-sources') });
export const useFinanceOverview = () => useQuery({ queryKey: ['finance-overview'], queryFn: () => api<FinanceOverview>('/finance/overview') });
export const useRoadmap = (lifecycle?: Lifecycle) =>
  useQuery({ queryKey: ['roadmap', lifecycle ?? ''], queryFn: () => api<Roadmap>(`/roadmap${qs({ lifecycle })}`) });

/** Request bodies: the input side of the shared schemas (defaults may be left out). */
export type ResultBody = z.input<typeof ResultInput>;
export type MilestoneBody = z.input<typeof MilestoneInput>;
export type EvaluationBody = z.input<typeof EvaluationInput>;
export type DecisionBody = z.input<typeof DecisionInput>;
export type RiskBody = z.input<typeof RiskInput>;
export type DependencyBody = z.input<typeof DependencyInput>;
export type BudgetLineBody = z.input<typeof BudgetLineInput>;
export type FundingSourceBody = z.input<typeof FundingSourceInput>;
export type LifecycleBody = z.input<typeof LifecyclePatch>;

/** The effort-owned records with the same create / change / delete routes. */
export type SteeringKind = 'results' | 'milestones' | 'evaluations' | 'risks' | 'budget-lines' | 'dependencies';
interface KindTypes {
  results: [ResultBody, Result];
  milestones: [MilestoneBody, Milestone];
  evaluations: [EvaluationBody, Evaluation];
  risks: [RiskBody, Risk];
  'budget-lines': [BudgetLineBody, BudgetLine];
  dependencies: [DependencyBody, Dependency];
}
export type BodyOf<K extends SteeringKind> = KindTypes[K][0];
export type RecordOf<K extends SteeringKind> = KindTypes[K][1];

export const steeringApi = {
  create: <K extends SteeringKind>(kind: K, effortId: string, body: BodyOf<K>) =>
    api<RecordOf<K>>(`/efforts/${effortId}/${kind}`, { method: 'POST', body }),
  update: <K extends SteeringKind>(kind: K, id: string, body: BodyOf<K> & { version: number }) =>
    api<RecordOf<K>>(`/${kind}/${id}`, { method: 'PATCH', body }),
  remove: (kind: SteeringKind, id: string, version?: number) =>
    api<void>(`/${kind}/${id}${version === undefined ? '' : `?version=${version}`}`, { method: 'DELETE' }),
  decide: (evaluationId: string, body: DecisionBody) =>
    api<{ evaluation: Evaluation; effort: { lifecycle: Lifecycle | null; lineOwner: string | null; version: number } }>(`/evaluations/${evaluationId}/decision`, {
      method: 'POST',
      body,
    }),
  lifecycle: (effortId: string, body: LifecycleBody) => api<Steering['effort']>(`/efforts/${effortId}/lifecycle`, { method: 'PATCH', body }),
  createSource: (body: FundingSourceBody) => api<FundingSource>('/funding-sources', { method: 'POST', body }),
  updateSource: (id: string, body: FundingSourceBody & { version: number }) => api<FundingSource>(`/funding-sources/${id}`, { method: 'PATCH', body }),
};

/** A write to the steering API that refreshes every steering query once it succeeds. */
export function useSteeringMutation<TVars, TResult>(fn: (vars: TVars) => Promise<TResult>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidateSteering(qc) });
}
