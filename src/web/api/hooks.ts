import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AuditList,
  CouncilQuestionList,
  EffortDetail,
  EffortList,
  EffortPatch,
  HistoryList,
  OpenFields,
  OrganisationDetail,
  OrganisationList,
  PersonDetail,
  PersonList,
  PrincipleOrGoalDetail,
  PrincipleOrGoalList,
  Programme,
  SearchResults,
  UserList,
} from '../../shared/api';
import type { Role } from '../../shared/roles';
import { api, setCsrfToken } from './client';

export interface Session {
  user: { id: string; email: string; displayName: string; role: Role; personId: string | null; isDemo: boolean };
  roles: Role[];
  abilities: {
    readProgramme: boolean;
    editEfforts: 'all' | 'own' | 'none';
    decideEvaluations: boolean;
    editFundingSources: boolean;
    readAudit: boolean;
    readUsers: boolean;
    /** which Tussen Wal en Schip cases the user sees */
    readCases: 'all' | 'team' | 'none';
    writeCases: boolean;
    decideCases: boolean;
    /** may set the Tussen Wal en Schip budget of a year */
    setTwsBudget: boolean;
    exportProcessingLog: boolean;
    exactCaseAggregates: boolean;
    /** monitoring: import files, undo imports, upload area geometry */
    importMonitoringFiles: boolean;
    /** monitoring: enter and correct indicator values by hand */
    editIndicatorValues: boolean;
    /** monitoring: set the buurten of a programme area */
    editProgrammeAreas: boolean;
    /** resident voice: add and change rounds, stories and theme codes */
    editVoice: boolean;
  };
  csrfToken: string;
}

const get = <T,>(path: string) => () => api<T>(path);

export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const s = await api<Session>('/session');
        setCsrfToken(s.csrfToken);
        return s;
      } catch (err) {
        if ((err as { status?: number }).status === 401) {
          setCsrfToken(null);
          return null;
        }
        throw err;
      }
    },
    staleTime: 60_000,
  });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => api<Session>('/session', { method: 'POST', body }),
    onSuccess: (s) => {
      setCsrfToken(s.csrfToken);
      qc.clear();
      qc.setQueryData(['session'], s);
    },
  });
}

export function useLogout() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/session', { method: 'DELETE' }),
    onSettled: () => {
      setCsrfToken(null);
      qc.clear();
      qc.setQueryData(['session'], null);
    },
  });
}

export const useProgramme = () => useQuery({ queryKey: ['programme'], queryFn: get<z.infer<typeof Programme>>('/programme') });
export const useEfforts = () => useQuery({ queryKey: ['efforts'], queryFn: get<z.infer<typeof EffortList>>('/efforts') });
export const useEffort = (id: string) => useQuery({ queryKey: ['effort', id], queryFn: get<EffortDetail>(`/efforts/${id}`) });
/** An effort's history, a page of 50 at a time (newest first); fetchNextPage loads older entries. */
export const useHistory = (id: string, field?: string) =>
  useInfiniteQuery({
    queryKey: ['history', id, field ?? ''],
    initialPageParam: null as number | null,
    queryFn: ({ pageParam }) => {
      const q = new URLSearchParams();
      if (field) q.set('field', field);
      if (pageParam) q.set('before', String(pageParam));
      const qs = q.toString();
      return get<z.infer<typeof HistoryList>>(`/efforts/${id}/history${qs ? `?${qs}` : ''}`)();
    },
    getNextPageParam: (last) => last.nextBefore,
  });
export const useSearch = (q: string) =>
  useQuery({ queryKey: ['search', q], queryFn: get<SearchResults>(`/search?q=${encodeURIComponent(q)}`), enabled: q.trim().length >= 2 });
export const useOpenFields = () => useQuery({ queryKey: ['open-fields'], queryFn: get<OpenFields>('/open-fields') });
export const usePrinciples = () => useQuery({ queryKey: ['principles'], queryFn: get<z.infer<typeof PrincipleOrGoalList>>('/principles') });
export const usePrinciple = (id: string) => useQuery({ queryKey: ['principle', id], queryFn: get<z.infer<typeof PrincipleOrGoalDetail>>(`/principles/${id}`) });
export const useGoals = () => useQuery({ queryKey: ['goals'], queryFn: get<z.infer<typeof PrincipleOrGoalList>>('/goals') });
export const useGoal = (id: string) => useQuery({ queryKey: ['goal', id], queryFn: get<z.infer<typeof PrincipleOrGoalDetail>>(`/goals/${id}`) });
export const useOrganisations = () => useQuery({ queryKey: ['organisations'], queryFn: get<z.infer<typeof OrganisationList>>('/organisations') });
export const useOrganisation = (id: string) =>
  useQuery({ queryKey: ['organisation', id], queryFn: get<z.infer<typeof OrganisationDetail>>(`/organisations/${id}`) });
export const usePeople = () => useQuery({ queryKey: ['people'], queryFn: get<z.infer<typeof PersonList>>('/people') });
export const usePerson = (id: string) => useQuery({ queryKey: ['person', id], queryFn: get<z.infer<typeof PersonDetail>>(`/people/${id}`) });
export const useCouncilQuestions = () => useQuery({ queryKey: ['council'], queryFn: get<z.infer<typeof CouncilQuestionList>>('/council-questions') });
export const useAudit = (before?: number) =>
  useQuery({ queryKey: ['audit', before ?? 0], queryFn: get<z.infer<typeof AuditList>>(`/audit?limit=50${before ? `&before=${before}` : ''}`) });
export const useUsers = () => useQuery({ queryKey: ['users'], queryFn: get<z.infer<typeof UserList>>('/users') });

export function useUpdateEffort(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: EffortPatch) => api<EffortDetail>(`/efforts/${id}`, { method: 'PATCH', body: patch }),
    onSuccess: (detail) => {
      qc.setQueryData(['effort', id], detail);
      void qc.invalidateQueries({ queryKey: ['efforts'] });
      void qc.invalidateQueries({ queryKey: ['history', id] });
      void qc.invalidateQueries({ queryKey: ['open-fields'] });
      void qc.invalidateQueries({ queryKey: ['programme'] });
      void qc.invalidateQueries({ queryKey: ['audit'] });
    },
  });
}
