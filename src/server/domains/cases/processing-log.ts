/**
 * The data-processing log (Logboek Dataverwerkingen): one row per processing operation on case
 * data, written in the same transaction as the read or change it describes, so a read that cannot
 * be logged is not served and a change is never stored without its log row.
 */
import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { stringify } from 'csv-stringify/sync';
import type { FastifyRequest } from 'fastify';
import {
  PROCESSING_ACTIVITIES,
  PROCESSING_ACTIVITY_BASE_URI,
  PROCESSING_LEGAL_BASIS,
  PROCESSING_PURPOSE,
  type ProcessingActivity,
} from '../../../shared/cases';
import type { DbOrTx } from '../../db/client';
import { processingLog } from '../../db/schema';
import type { Actor } from '../../policies';

export const SERVICE_NAME = 'koers';

/** Who processes, within which trace (one per request; a valid W3C traceparent header is honoured). */
export interface ProcessingContext {
  actor: Actor | null;
  traceId: string;
  /** the calling operation, from the traceparent header */
  parentOperationId: string | null;
}

const TRACEPARENT = /^[\da-f]{2}-([\da-f]{32})-([\da-f]{16})-[\da-f]{2}$/;
const contexts = new WeakMap<FastifyRequest, ProcessingContext>();

export function processingContext(request: FastifyRequest): ProcessingContext {
  let ctx = contexts.get(request);
  if (!ctx) {
    const header = request.headers.traceparent;
    const m = typeof header === 'string' ? TRACEPARENT.exec(header.trim().toLowerCase()) : null;
    const valid = m && !/^0+$/.test(m[1]!) && !/^0+$/.test(m[2]!);
    ctx = {
      actor: request.user,
      traceId: valid ? m[1]! : randomBytes(16).toString('hex'),
      parentOperationId: valid ? m[2]! : null,
    };
    contexts.set(request, ctx);
  }
  return ctx;
}

/** A context for work Koers does by itself (the retention job). */
export function systemContext(): ProcessingContext {
  return { actor: null, traceId: randomBytes(16).toString('hex'), parentOperationId: null };
}

export interface ProcessingEntry {
  activity: ProcessingActivity;
  caseId: string | null;
  /** the pseudonymous case code */
  dataSubject: string;
  /** what was processed: field names and steps, never values */
  details?: Record<string, unknown>;
}

/** Writes log rows; call inside the transaction of the read or change. */
export async function logProcessing(tx: DbOrTx, ctx: ProcessingContext, entries: ProcessingEntry[], startTime = new Date()): Promise<void> {
  if (!entries.length) return;
  const endTime = new Date();
  await tx.insert(processingLog).values(
    entries.map((e) => ({
      traceId: ctx.traceId,
      operationId: randomBytes(8).toString('hex'),
      parentOperationId: ctx.parentOperationId,
      name: e.activity,
      activity: e.activity,
      statusCode: 1,
      startTime,
      endTime,
      dataSubject: e.dataSubject,
      caseId: e.caseId,
      userId: ctx.actor?.id ?? null,
      userRole: ctx.actor?.role ?? null,
      purpose: PROCESSING_PURPOSE,
      legalBasis: PROCESSING_LEGAL_BASIS,
      details: e.details ?? null,
    })),
  );
}

function present(r: typeof processingLog.$inferSelect) {
  return {
    traceId: r.traceId,
    operationId: r.operationId,
    parentOperationId: r.parentOperationId,
    name: r.name,
    statusCode: 'STATUS_CODE_OK' as const,
    startTime: r.startTime.toISOString(),
    endTime: r.endTime.toISOString(),
    attributes: {
      'dpl.core.processing_activity_id': `${PROCESSING_ACTIVITY_BASE_URI}${r.activity}`,
      'dpl.core.data_subject_id': r.dataSubject,
      'dpl.core.data_subject_id_type': 'koers.casuscode',
      'koers.processing_activity_name': PROCESSING_ACTIVITIES[r.activity as ProcessingActivity]?.name ?? r.activity,
      'koers.user_id': r.userId,
      'koers.user_role': r.userRole,
      'koers.purpose': r.purpose,
      'koers.legal_basis': r.legalBasis,
      'koers.details': r.details ?? null,
    },
  };
}

export async function readProcessingLog(db: DbOrTx, dataSubject: string) {
  const rows = await db.select().from(processingLog).where(eq(processingLog.dataSubject, dataSubject)).orderBy(asc(processingLog.id));
  return {
    dataSubject,
    exportedAt: new Date().toISOString(),
    resource: { 'service.name': SERVICE_NAME },
    items: rows.map(present),
  };
}

const CSV_HEADER = [
  'trace_id',
  'operation_id',
  'parent_operation_id',
  'name',
  'status_code',
  'start_time',
  'end_time',
  'dpl.core.processing_activity_id',
  'dpl.core.data_subject_id',
  'verwerkingsactiviteit',
  'gebruiker_id',
  'gebruiker_rol',
  'doel',
  'grondslag',
  'details',
];

export function processingLogCsv(log: Awaited<ReturnType<typeof readProcessingLog>>): string {
  const records = log.items.map((e) => [
    e.traceId,
    e.operationId,
    e.parentOperationId ?? '',
    e.name,
    e.statusCode,
    e.startTime,
    e.endTime,
    e.attributes['dpl.core.processing_activity_id'],
    e.attributes['dpl.core.data_subject_id'],
    e.attributes['koers.processing_activity_name'],
    e.attributes['koers.user_id'] ?? '',
    e.attributes['koers.user_role'] ?? '',
    e.attributes['koers.purpose'],
    e.attributes['koers.legal_basis'],
    e.attributes['koers.details'] === null ? '' : JSON.stringify(e.attributes['koers.details']),
  ]);
  return `\ufeff${stringify([CSV_HEADER, ...records], { delimiter: ';', record_delimiter: '\r\n' })}`;
}
