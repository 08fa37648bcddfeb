import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { ZodError } from 'zod';

/**
 * Every error the API returns, in one place: code -> HTTP status and Dutch title.
 * The response is RFC 9457 application/problem+json.
 */
export const ERRORS = {
  validation: { status: 400, title: 'De invoer is niet geldig' },
  personal_data: { status: 400, title: 'De tekst lijkt persoonsgegevens te bevatten' },
  unauthenticated: { status: 401, title: 'U bent niet ingelogd' },
  invalid_credentials: { status: 401, title: 'E-mailadres of wachtwoord klopt niet' },
  csrf: { status: 403, title: 'Het verzoek kon niet worden gecontroleerd' },
  forbidden: { status: 403, title: 'U heeft geen toegang tot deze actie' },
  not_found: { status: 404, title: 'Niet gevonden' },
  conflict: { status: 409, title: 'Iemand anders heeft dit intussen gewijzigd' },
  unsupported_media_type: { status: 415, title: 'Dit soort inhoud wordt niet ondersteund' },
  rate_limited: { status: 429, title: 'Te veel pogingen' },
  internal: { status: 500, title: 'Er ging iets mis aan onze kant' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export interface InvalidParam {
  name: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly invalidParams?: InvalidParam[],
  ) {
    super(detail ?? ERRORS[code].title);
    this.name = 'AppError';
  }
}

export function zodInvalidParams(err: ZodError): InvalidParam[] {
  return err.issues.map((i) => ({ name: i.path.join('.') || '(body)', reason: i.message }));
}

/**
 * The name of an invalid parameter: the request part and the path, joined with dots
 * ('body.reach.0.areaCode', 'querystring.area') as the forms map them onto fields
 * (web/components/form.tsx). fastify-type-provider-zod gives the path as a JSON-pointer-like
 * instancePath ('/reach/0/areaCode'); a Zod path array is taken as it is.
 */
export function validationParamName(context: string | undefined, path: readonly PropertyKey[] | string | undefined): string {
  const parts = typeof path === 'string' ? path.split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~')) : (path ?? []).map(String);
  return [context, ...parts].filter(Boolean).join('.');
}

function problem(reply: FastifyReply, request: FastifyRequest, code: ErrorCode, detail?: string, invalidParams?: InvalidParam[]) {
  const { status, title } = ERRORS[code];
  return reply
    .status(status)
    .type('application/problem+json; charset=utf-8')
    .send({
      type: `https://koers.brunssum.nl/problemen/${code}`,
      title,
      status,
      detail: detail ?? title,
      instance: request.url,
      code,
      ...(invalidParams?.length ? { invalidParams } : {}),
    });
}

/** Fastify error handler: AppError, Zod and Fastify errors all leave as problem+json. */
export function errorHandler(error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return problem(reply, request, error.code, error.detail, error.invalidParams);
  if (error instanceof ZodError) {
    return problem(reply, request, 'validation', 'Controleer de gemarkeerde velden.', zodInvalidParams(error));
  }
  const fe = error as FastifyError & { validation?: unknown; validationContext?: string };
  if (fe.validation && fe.code === 'FST_ERR_VALIDATION') {
    const issues = (fe.validation as { instancePath?: string; message?: string; params?: { issue?: { path?: PropertyKey[]; message?: string } } }[]).map(
      (v) => ({
        name: validationParamName(fe.validationContext, v.params?.issue?.path ?? v.instancePath),
        reason: v.params?.issue?.message ?? v.message ?? 'Ongeldige waarde',
      }),
    );
    return problem(reply, request, 'validation', 'Controleer de gemarkeerde velden.', issues);
  }
  if (fe.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    return problem(reply, request, 'unsupported_media_type', 'Stuur de gegevens als JSON (Content-Type: application/json).');
  }
  if (fe.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fe.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (fe.statusCode === 400 && error instanceof SyntaxError)) {
    return problem(reply, request, 'validation', 'De verzonden JSON kon niet worden gelezen.');
  }
  if (fe.statusCode === 429) return problem(reply, request, 'rate_limited', 'Te veel pogingen. Wacht een minuut en probeer het opnieuw.');
  if (fe.statusCode === 404) return problem(reply, request, 'not_found');
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    return problem(reply, request, 'validation', 'Het verzoek is niet geldig.');
  }
  request.log.error({ err: error }, 'unhandled error');
  return problem(reply, request, 'internal', 'Er ging iets mis aan onze kant. Er is niets gewijzigd; probeer het opnieuw.');
}
