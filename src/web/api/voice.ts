/** Queries and mutations of the resident-voice and theme-page API (src/server/domains/monitoring/voice-routes.ts). */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Theme } from '../../shared/monitoring';
import type { RecodeInput, Representativeness, RoundDetail, RoundInput, RoundSummary, Story, StoryCoding, StoryInput, ThemeCode, ThemeCodeInput, ThemePage } from '../../shared/voice';
import { api } from './client';
import type { Session } from './hooks';

export type RoundBody = z.input<typeof RoundInput>;
export type StoryBody = z.input<typeof StoryInput>;
export type AreaRef = { id: string; code: string; name: string };
export interface StoryFilter {
  theme?: string;
  area?: string;
  round?: string;
  consent?: 'ja' | 'nee';
  offset?: string;
}

const VOICE_KEYS = ['rounds', 'round', 'representativeness', 'stories', 'story-themes', 'theme-page', 'story-coding'] as const;
function useInvalidateVoice() {
  const qc = useQueryClient();
  return () => {
    for (const key of VOICE_KEYS) void qc.invalidateQueries({ queryKey: [key] });
  };
}

export const useRounds = () => useQuery({ queryKey: ['rounds'], queryFn: () => api<{ items: RoundSummary[]; areaChoices: AreaRef[] }>('/conversation-rounds') });
export const useRound = (id: string) => useQuery({ queryKey: ['round', id], queryFn: () => api<RoundDetail>(`/conversation-rounds/${id}`) });
export const useRepresentativeness = (id: string) =>
  useQuery({ queryKey: ['representativeness', id], queryFn: () => api<Representativeness>(`/conversation-rounds/${id}/representativeness`) });
export function storyQuery(f: StoryFilter) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}
export interface StoryPage {
  items: Story[];
  total: number;
  nextOffset: number | null;
}
export const useStories = (f: StoryFilter) => useQuery({ queryKey: ['stories', f], queryFn: () => api<StoryPage>(`/stories${storyQuery(f)}`) });
/** the story list, 100 at a time; fetchNextPage loads the next 100 */
export const useStoryPages = (f: StoryFilter) =>
  useInfiniteQuery({
    queryKey: ['stories', 'pages', f],
    initialPageParam: 0,
    queryFn: ({ pageParam }) => api<StoryPage>(`/stories${storyQuery({ ...f, offset: pageParam ? String(pageParam) : undefined })}`),
    getNextPageParam: (last) => last.nextOffset,
  });
export const useStory = (id: string) => useQuery({ queryKey: ['stories', 'one', id], queryFn: () => api<Story>(`/stories/${id}`), enabled: id !== '' });
export const useStoryCoding = (id: string, enabled: boolean) => useQuery({ queryKey: ['story-coding', id], queryFn: () => api<StoryCoding>(`/stories/${id}/coding`), enabled });
export const useThemeCodes = () => useQuery({ queryKey: ['story-themes'], queryFn: () => api<{ items: ThemeCode[] }>('/story-themes') });
export const useThemePage = (theme: Theme, area?: string) =>
  useQuery({ queryKey: ['theme-page', theme, area ?? ''], queryFn: () => api<ThemePage>(`/themes/${theme}${area ? `?area=${encodeURIComponent(area)}` : ''}`), placeholderData: (prev) => prev });

function useVoiceMutation<TVars, TOut>(fn: (vars: TVars) => Promise<TOut>) {
  const invalidate = useInvalidateVoice();
  return useMutation({ mutationFn: fn, onSuccess: invalidate });
}
export const useCreateRound = () => useVoiceMutation((body: RoundBody) => api<RoundDetail>('/conversation-rounds', { method: 'POST', body }));
export const useUpdateRound = (id: string) => useVoiceMutation((body: RoundBody & { version: number }) => api<RoundDetail>(`/conversation-rounds/${id}`, { method: 'PATCH', body }));
export const useCreateStory = () => useVoiceMutation((body: StoryBody) => api<Story>('/stories', { method: 'POST', body }));
export const useUpdateStory = (id: string) => useVoiceMutation((body: StoryBody & { version: number }) => api<Story>(`/stories/${id}`, { method: 'PATCH', body }));
export const useDeleteStory = () => useVoiceMutation((s: { id: string; version: number }) => api<void>(`/stories/${s.id}?version=${s.version}`, { method: 'DELETE' }));
export const useCreateThemeCode = () => useVoiceMutation((body: z.input<typeof ThemeCodeInput>) => api<ThemeCode>('/story-themes', { method: 'POST', body }));
export const useRecodeTheme = () =>
  useVoiceMutation((v: { id: string } & z.input<typeof RecodeInput>) =>
    api<{ from: string; into: string; stories: number }>(`/story-themes/${v.id}/recode`, { method: 'POST', body: { into: v.into, reason: v.reason } }),
  );

/** indicators and areas for the result form's indicator link (GET /indicators, GET /areas) */
export const useIndicatorChoices = (enabled = true) =>
  useQuery({ queryKey: ['voice-indicators'], queryFn: () => api<{ items: { id: string; key: string; name: string; unit: string; theme: Theme }[] }>('/indicators'), enabled, staleTime: 300_000 });
export const useAreaChoices = (enabled = true) =>
  useQuery({ queryKey: ['voice-areas'], queryFn: () => api<{ items: (AreaRef & { level: string })[] }>('/areas'), enabled, staleTime: 300_000 });

/** who may edit rounds, stories and theme codes: the session's ability, derived on the server from policy 'voice.edit' */
export const canEditVoice = (session: Pick<Session, 'abilities'> | null | undefined) => !!session?.abilities.editVoice;
