import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  IdParams,
  OrganisationDetail,
  OrganisationList,
  PersonDetail,
  PersonList,
  PrincipleOrGoalDetail,
  PrincipleOrGoalList,
  Programme,
} from '../../../shared/api';
import {
  getGoal,
  getOrganisation,
  getPerson,
  getPrinciple,
  getProgramme,
  listGoals,
  listOrganisations,
  listPeople,
  listPrinciples,
} from './service';

export const referenceRoutes: FastifyPluginAsync = async (app) => {
  const zapp = app.withTypeProvider<ZodTypeProvider>();
  const { db } = app.deps.database;
  const config = { policy: 'programme.read' as const };

  zapp.get('/programme', { config, schema: { tags: ['programma'], summary: 'Het programma en kerngetallen van het register', response: { 200: Programme } } }, async () =>
    getProgramme(db),
  );
  zapp.get('/principles', { config, schema: { tags: ['programma'], summary: 'Strategische principes', response: { 200: PrincipleOrGoalList } } }, async () => ({
    items: await listPrinciples(db),
  }));
  zapp.get(
    '/principles/:id',
    { config, schema: { tags: ['programma'], summary: 'Eén strategisch principe met de inspanningen die eraan bijdragen', params: IdParams, response: { 200: PrincipleOrGoalDetail } } },
    async (request) => getPrinciple(db, request.params.id),
  );
  zapp.get('/goals', { config, schema: { tags: ['programma'], summary: 'Doelstellingen van het programma', response: { 200: PrincipleOrGoalList } } }, async () => ({
    items: await listGoals(db),
  }));
  zapp.get(
    '/goals/:id',
    { config, schema: { tags: ['programma'], summary: 'Eén doelstelling met de inspanningen die eraan bijdragen', params: IdParams, response: { 200: PrincipleOrGoalDetail } } },
    async (request) => getGoal(db, request.params.id),
  );
  zapp.get('/organisations', { config, schema: { tags: ['netwerk'], summary: 'Organisaties', response: { 200: OrganisationList } } }, async () => ({
    items: await listOrganisations(db),
  }));
  zapp.get(
    '/organisations/:id',
    { config, schema: { tags: ['netwerk'], summary: 'Eén organisatie met de inspanningen waarin zij samenwerkt', params: IdParams, response: { 200: OrganisationDetail } } },
    async (request) => getOrganisation(db, request.params.id),
  );
  zapp.get('/people', { config, schema: { tags: ['netwerk'], summary: 'Personen en functies', response: { 200: PersonList } } }, async () => ({
    items: await listPeople(db),
  }));
  zapp.get(
    '/people/:id',
    { config, schema: { tags: ['netwerk'], summary: 'Eén persoon met zijn of haar rollen', params: IdParams, response: { 200: PersonDetail } } },
    async (request) => getPerson(db, request.params.id),
  );
};
