import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CouncilQuestionList } from '../../../shared/api';
import { listCouncilQuestions } from '../reference/service';

export const councilRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  zapp.get(
    '/council-questions',
    {
      config: { policy: 'programme.read' },
      schema: { tags: ['raad'], summary: 'Raadsvragen over het programma met de beantwoording (alleen lezen)', response: { 200: CouncilQuestionList } },
    },
    async () => ({ items: await listCouncilQuestions(db) }),
  );
};
