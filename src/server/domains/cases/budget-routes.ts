import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { TwsBudgetInput, TwsBudgetQuery, TwsBudgetView, YearParams } from '../../../shared/cases';
import { budgetView, currentYear, setBudget } from './budget';

/** The Tussen Wal en Schip budget: every role reads it (money protected for all but the programme manager). */
export const budgetRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const tags = ['tussen wal en schip'];

  zapp.get(
    '/tws-budget',
    {
      config: { policy: 'cases.aggregate' },
      schema: {
        tags,
        summary: 'Het Tussen Wal en Schip budget van een jaar: besteed, verplicht, resterend, per bron, en het deel dat anders gefinancierd had kunnen worden',
        querystring: TwsBudgetQuery,
        response: { 200: TwsBudgetView },
      },
    },
    async (request) => budgetView(db, request.user!, request.query.year ?? currentYear()),
  );
  zapp.put(
    '/tws-budget/:year',
    {
      config: { policy: 'cases.budget.edit' },
      schema: { tags, summary: 'Het jaarbudget vaststellen (in centen; programmamanager)', params: YearParams, body: TwsBudgetInput, response: { 200: TwsBudgetView } },
    },
    async (request) => {
      await setBudget(db, request.user!, request.params.year, request.body.amountCents);
      return budgetView(db, request.user!, request.params.year);
    },
  );
};
