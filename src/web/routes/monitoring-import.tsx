/**
 * Importeren (programme manager, beheerder): upload a CBS or Koers file, see the upload and check
 * progress, the validation report (line, column, problem) and a preview, read it in (all or
 * nothing), and undo an earlier import after a confirmation.
 */
import { useEffect, useRef, useState } from 'react';
import { IMPORT_FORMAT_LABELS, IMPORT_FORMATS, IMPORT_STATUS_LABELS, type ImportReport, type ImportStatus } from '../../shared/monitoring';
import { ApiError } from '../api/client';
import { useSession } from '../api/hooks';
import { getImport, invalidateMonitoring, monitoringAbilities, uploadFile, useCommitImport, useImports, useUndoImport } from '../api/monitoring';
import { useQueryClient } from '@tanstack/react-query';
import { formatDecimal } from '../components/charts';
import { ErrorSummary, focusSoon, SelectInput, StatusRegion, TextInput, todayIso, useFormErrors } from '../components/form';
import { Alert, type BadgeTone, Button, ErrorView, Loading, PageTitle, ScrollTable, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';
import { MonitoringNav } from './monitoring';

const FIELDS = ['file', 'format', 'period', 'source', 'retrievedOn'] as const;
const STATUS_TONES: Record<ImportStatus, BadgeTone> = { processing: 'info', failed: 'error', preview: 'info', invalid: 'error', committed: 'ok', undone: 'neutral' };

/** A random UUID v4; crypto.randomUUID exists only in secure contexts (HTTPS, localhost), getRandomValues everywhere. */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

interface Progress {
  phase: 'upload' | 'check';
  pct: number;
}

export function ImportPage() {
  const { t, label } = useI18n();
  const session = useSession().data;
  const can = monitoringAbilities(session);
  const [file, setFile] = useState<File | null>(null);
  const [form, setForm] = useState({ format: '', period: '', source: '', retrievedOn: todayIso() });
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [status, setStatus] = useState('');
  const { errors, check, clear, fromApi } = useFormErrors(FIELDS);
  const commit = useCommitImport();
  const qc = useQueryClient();
  const fileInput = useRef<HTMLInputElement>(null);
  const labels = { file: t('imp.file'), format: t('imp.format'), period: t('mon.period'), source: t('mon.source'), retrievedOn: t('mon.retrievedOn') };
  if (!can.importFiles) return <ErrorView error={new ApiError(403, '', '', 'forbidden')} />;

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setStatus('');
    setReport(null);
    const raw: [string, string][] = [];
    if (!file) raw.push(['file', t('mon.chooseFile')]);
    if (form.period && !/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(form.period.trim())) raw.push(['period', t('mon.periodInvalid')]);
    if (check(raw)) return;
    clear();
    const id = uuid();
    setProgress({ phase: 'upload', pct: 0 });
    let polling = false;
    let finished = false;
    const poll = async () => {
      if (polling) return;
      polling = true;
      while (!finished) {
        await new Promise((r) => setTimeout(r, 400));
        if (finished) break;
        try {
          const r = await getImport(id);
          if (r.status === 'processing' && r.bytesTotal > 0) setProgress({ phase: 'check', pct: Math.round((r.bytesRead / r.bytesTotal) * 100) });
        } catch {
          /* not there yet */
        }
      }
    };
    try {
      const r = await uploadFile<ImportReport>(
        '/imports',
        'POST',
        file!,
        { id, format: form.format, period: form.period.trim(), source: form.source.trim(), retrievedOn: form.retrievedOn },
        session?.csrfToken,
        (sent, total) => {
          const pct = Math.round((sent / total) * 100);
          setProgress(pct >= 100 ? { phase: 'check', pct: 0 } : { phase: 'upload', pct });
          if (pct >= 100) void poll();
        },
      );
      finished = true;
      setProgress(null);
      setReport(r);
      invalidateMonitoring(qc);
      focusSoon('imp-report-title');
    } catch (err) {
      finished = true;
      setProgress(null);
      invalidateMonitoring(qc);
      fromApi(err);
    }
  };

  return (
    <>
      <PageTitle title={t('imp.title')}>{t('imp.title')}</PageTitle>
      <MonitoringNav current="import" />
      <p className="utrecht-paragraph koers-lead">{t('imp.intro')}</p>
      <section className="koers-section koers-section--first" aria-labelledby="imp-form-title">
        <h2 className="utrecht-heading-2" id="imp-form-title">
          {t('imp.formTitle')}
        </h2>
        <form noValidate onSubmit={(e) => void submit(e)} className="koers-form koers-form--narrow">
          <ErrorSummary errors={errors} labels={labels} idPrefix="imp" level={3} />
          <div className={`utrecht-form-field koers-form-field ${errors.fields.file ? 'utrecht-form-field--invalid' : ''}`}>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label" htmlFor="imp-file">
                {labels.file}
              </label>
            </div>
            <div className="utrecht-form-field-description" id="imp-file-description">
              {t('imp.fileHint')}
            </div>
            {errors.fields.file ? (
              <div className="utrecht-form-field-error-message koers-field-error" id="imp-file-error">
                {errors.fields.file}
              </div>
            ) : null}
            <input
              ref={fileInput}
              id="imp-file"
              type="file"
              accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              className="koers-file"
              aria-invalid={errors.fields.file ? true : undefined}
              aria-describedby={`imp-file-description${errors.fields.file ? ' imp-file-error' : ''}`}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <SelectInput
            id="imp-format"
            label={labels.format}
            value={form.format}
            onChange={(v) => setForm((f) => ({ ...f, format: v }))}
            error={errors.fields.format}
            options={[['', t('imp.formatAuto')] as const, ...IMPORT_FORMATS.map((f) => [f, label(IMPORT_FORMAT_LABELS, f)] as const)]}
          />
          <TextInput
            id="imp-period"
            label={labels.period}
            optional
            value={form.period}
            onChange={(v) => setForm((f) => ({ ...f, period: v }))}
            error={errors.fields.period}
            description={t('imp.periodHint')}
            width="short"
          />
          <TextInput id="imp-source" label={labels.source} optional value={form.source} onChange={(v) => setForm((f) => ({ ...f, source: v }))} error={errors.fields.source} description={t('imp.sourceHint')} />
          <TextInput id="imp-retrievedOn" label={labels.retrievedOn} type="date" value={form.retrievedOn} onChange={(v) => setForm((f) => ({ ...f, retrievedOn: v }))} error={errors.fields.retrievedOn} width="short" />
          <div className="koers-actions">
            <Button type="submit" appearance="primary" disabled={!!progress}>
              {t('imp.check')}
            </Button>
          </div>
          {progress ? (
            <div className="koers-progress" role="status">
              <label htmlFor="imp-progress">{progress.phase === 'upload' ? t('imp.uploading', { pct: progress.pct }) : t('imp.checking', { pct: progress.pct })}</label>
              <progress id="imp-progress" max={100} value={progress.pct}>
                {progress.pct}%
              </progress>
            </div>
          ) : null}
        </form>
      </section>
      {report ? (
        <ReportView
          report={report}
          committing={commit.isPending}
          onCommit={() =>
            commit.mutate(report.id, {
              onSuccess: (r) => {
                setReport(r);
                setStatus(t('imp.committed', { n: r.valuesCount, areas: r.newAreas.length }));
                focusSoon('imp-result');
              },
              onError: (err) => setStatus(err instanceof ApiError ? err.detail || err.title : String(err)),
            })
          }
        />
      ) : null}
      <div id="imp-result" tabIndex={-1}>
        <StatusRegion message={status} />
      </div>
      <ImportList />
    </>
  );
}

function ReportView({ report, onCommit, committing }: { report: ImportReport; onCommit: () => void; committing: boolean }) {
  const { t, label, lang } = useI18n();
  const n = report.problems.length;
  return (
    <section className="koers-section" aria-labelledby="imp-report-title">
      <h2 className="utrecht-heading-2" id="imp-report-title" tabIndex={-1}>
        {t('imp.reportTitle', { file: report.filename })}
      </h2>
      <dl className="koers-props">
        <div className="koers-props__row">
          <dt>{t('imp.format')}</dt>
          <dd>{label(IMPORT_FORMAT_LABELS, report.format)}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('imp.status')}</dt>
          <dd>
            <StatusBadge tone={STATUS_TONES[report.status]}>{label(IMPORT_STATUS_LABELS, report.status)}</StatusBadge>
          </dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('imp.rows')}</dt>
          <dd>{t('imp.rowsText', { total: report.rowsTotal, valid: report.rowsValid, invalid: report.rowsInvalid })}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('imp.values')}</dt>
          <dd>{report.valuesCount}</dd>
        </div>
        <div className="koers-props__row">
          <dt>{t('imp.newAreas')}</dt>
          <dd>
            {report.newAreas.length
              ? report.newAreas
                  .slice(0, 12)
                  .map((a) => `${a.name} (${a.code})`)
                  .join(', ')
              : t('imp.none')}
            {report.newAreas.length > 12 ? ` ${t('imp.andMore', { n: report.newAreas.length - 12 })}` : null}
          </dd>
        </div>
        {report.renamedAreas.length ? (
          <div className="koers-props__row">
            <dt>{t('imp.renamedAreas')}</dt>
            <dd>{report.renamedAreas.map((a) => t('imp.renamed', { code: a.code, from: a.from, to: a.to })).join('; ')}</dd>
          </div>
        ) : null}
      </dl>
      {n ? (
        <>
          <Alert type="error">
            <p className="utrecht-paragraph">
              <strong>{n === 1 ? t('imp.oneProblem') : t('imp.problems', { n })}</strong> {t('imp.nothingRead')}
            </p>
          </Alert>
          <ScrollTable id="imp-problems" caption={t('imp.problemsCaption', { file: report.filename })}>
            <thead>
              <tr>
                <th scope="col" className="koers-num">
                  {report.format === 'cbs_odata_json' ? t('imp.record') : t('imp.line')}
                </th>
                <th scope="col">{t('imp.column')}</th>
                <th scope="col">{t('imp.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.problems.map((p, i) => (
                <tr key={i}>
                  <td className="koers-num">{p.row}</td>
                  <td>
                    <code>{p.column}</code>
                  </td>
                  <td>{p.problem}</td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </>
      ) : null}
      {report.preview.length ? (
        <ScrollTable id="imp-preview" caption={t('imp.previewCaption', { n: report.preview.length, total: report.valuesCount })}>
          <thead>
            <tr>
              <th scope="col">{t('imp.indicatorKey')}</th>
              <th scope="col">{t('imp.areaCode')}</th>
              <th scope="col">{t('mon.period')}</th>
              <th scope="col" className="koers-num">
                {t('mon.value')}
              </th>
              <th scope="col">{t('mon.source')}</th>
            </tr>
          </thead>
          <tbody>
            {report.preview.map((p, i) => (
              <tr key={i}>
                <td>
                  <code>{p.indicatorKey}</code>
                </td>
                <td>
                  <code>{p.areaCode}</code>
                </td>
                <td>{p.period}</td>
                <td className="koers-num">{formatDecimal(p.value, lang)}</td>
                <td>{p.source}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {report.status === 'preview' ? (
        <div className="koers-actions">
          <Button appearance="primary" onClick={onCommit} disabled={committing}>
            {committing ? t('imp.committing') : t('imp.commit', { n: report.valuesCount })}
          </Button>
        </div>
      ) : null}
    </section>
  );
}

function ImportList() {
  const { t, label, formatDateTime } = useI18n();
  const list = useImports();
  if (list.isError) return <ErrorView error={list.error} />;
  if (!list.data) return <Loading />;
  return (
    <section className="koers-section" aria-labelledby="imp-list-title">
      <h2 className="utrecht-heading-2" id="imp-list-title" tabIndex={-1}>
        {t('imp.listTitle')}
      </h2>
      {list.data.items.length ? (
        <ScrollTable id="imp-list" caption={t('imp.listCaption')}>
          <thead>
            <tr>
              <th scope="col">{t('imp.file')}</th>
              <th scope="col">{t('imp.format')}</th>
              <th scope="col">{t('imp.status')}</th>
              <th scope="col" className="koers-num">
                {t('imp.values')}
              </th>
              <th scope="col">{t('imp.when')}</th>
              <th scope="col">{t('imp.action')}</th>
            </tr>
          </thead>
          <tbody>
            {list.data.items.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.filename}</th>
                <td>{label(IMPORT_FORMAT_LABELS, r.format)}</td>
                <td>
                  <StatusBadge tone={STATUS_TONES[r.status]}>{label(IMPORT_STATUS_LABELS, r.status)}</StatusBadge>
                  {r.problemCount ? <span className="koers-muted"> {t('imp.problemCount', { n: r.problemCount })}</span> : null}
                </td>
                <td className="koers-num">{r.valuesCount}</td>
                <td>
                  {formatDateTime(r.committedAt ?? r.createdAt)}
                  {r.createdByName ? <span className="koers-muted"> · {r.createdByName}</span> : null}
                </td>
                <td>{r.status === 'committed' ? <UndoAction id={r.id} filename={r.filename} values={r.valuesCount} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : (
        <p className="utrecht-paragraph koers-empty">{t('imp.noImports')}</p>
      )}
    </section>
  );
}

/** "Ongedaan maken" with an inline confirmation that names what will disappear. */
function UndoAction({ id, filename, values }: { id: string; filename: string; values: number }) {
  const { t } = useI18n();
  const undo = useUndoImport();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const back = useRef(false);
  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (back.current) {
      back.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);
  if (!asking) {
    return (
      <Button ref={buttonRef} onClick={() => setAsking(true)}>
        {t('imp.undo')}
        <span className="koers-visually-hidden"> {filename}</span>
      </Button>
    );
  }
  return (
    <div className="koers-confirm" role="group" aria-labelledby={`undo-${id}-q`}>
      <p className="utrecht-paragraph koers-confirm__question" id={`undo-${id}-q`} tabIndex={-1} ref={questionRef}>
        <strong>{t('form.confirmTitle')}</strong> {t('imp.undoQuestion', { file: filename, n: values })}
      </p>
      {error ? (
        <p className="koers-field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="koers-actions">
        <Button
          appearance="primary"
          className="koers-button--danger-primary"
          disabled={undo.isPending}
          onClick={() =>
            undo.mutate(id, {
              onSuccess: () => {
                setAsking(false);
                focusSoon('imp-list-title');
              },
              onError: (err) => setError(err instanceof ApiError ? err.detail || err.title : String(err)),
            })
          }
        >
          {t('imp.undoYes')}
        </Button>
        <Button
          onClick={() => {
            back.current = true;
            setError('');
            setAsking(false);
          }}
        >
          {t('imp.undoNo')}
        </Button>
      </div>
    </div>
  );
}
