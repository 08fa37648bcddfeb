/** Small shared pieces of the steering pages: badges, the signal list, risk bands, sorting by code. */
import { formatCents, type Lifecycle, LIFECYCLE_LABELS, type Signal, type SignalKind } from '../../shared/steering';
import type { MessageKey } from '../../shared/i18n/nl';
import { useI18n } from '../i18n';
import { type BadgeTone, Link, StatusBadge } from './ui';

/** Integer euro cents as "€ 12.500,00" (or "€ 12,500.00" in English), exactly. */
export function useMoney() {
  const { lang } = useI18n();
  return (cents: number) => formatCents(cents, lang);
}

const LIFECYCLE_TONES: Record<Lifecycle, BadgeTone> = {
  idee: 'neutral',
  voorbereiding: 'info',
  uitvoering: 'ok',
  geevalueerd: 'info',
  overgedragen: 'ok',
  gestopt: 'empty',
  doorlopend: 'ok',
};

export function LifecycleBadge({ lifecycle }: { lifecycle: Lifecycle | null }) {
  const { t, label } = useI18n();
  if (!lifecycle) return <StatusBadge tone="empty">{t('lifecycle.unknown')}</StatusBadge>;
  return <StatusBadge tone={LIFECYCLE_TONES[lifecycle]}>{label(LIFECYCLE_LABELS, lifecycle)}</StatusBadge>;
}

export type Severity = Signal['severity'];
export const SEVERITY_ORDER: Record<Severity, number> = { hoog: 0, middel: 1, laag: 2 };
const SEVERITY_TONES: Record<Severity, BadgeTone> = { hoog: 'error', middel: 'warn', laag: 'neutral' };

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { t } = useI18n();
  return (
    <StatusBadge tone={SEVERITY_TONES[severity]}>
      <span className="koers-visually-hidden">{t('signals.severity')}: </span>
      {t(`signals.severity.${severity}` as MessageKey)}
    </StatusBadge>
  );
}

export const signalKindLabel = (t: (k: MessageKey) => string, kind: SignalKind) => t(`signal.kind.${kind}` as MessageKey);

/** Where a signal's subject lives on the effort's steering page. */
const SUBJECT_ANCHORS = new Set(['result', 'milestone', 'evaluation', 'risk', 'budget_line', 'budgetLine', 'dependency']);
export function signalHref(s: Signal, onSteeringPage: boolean) {
  const anchor = s.subject && SUBJECT_ANCHORS.has(s.subject.type) ? `#item-${s.subject.id}` : '';
  return onSteeringPage ? anchor || null : `/inspanningen/${s.effort.id}/sturing${anchor}`;
}

/** A list of signals; on the steering page the links point into the page, elsewhere to the effort's steering page. */
export function SignalItems({ items, onSteeringPage = false, showKind = true }: { items: Signal[]; onSteeringPage?: boolean; showKind?: boolean }) {
  const { t, formatDate } = useI18n();
  return (
    <ul className="koers-signals">
      {items.map((s, i) => {
        const href = signalHref(s, onSteeringPage);
        return (
          <li key={`${s.kind}-${s.subject?.id ?? s.effort.id}-${i}`} className={`koers-signal koers-signal--${s.severity}`}>
            <div className="koers-signal__head">
              <SeverityBadge severity={s.severity} />
              {!onSteeringPage ? (
                <Link to={href!} className="koers-signal__effort">
                  <span className="koers-code">{s.effort.code}</span> {s.effort.name}
                </Link>
              ) : null}
              {showKind ? <span className="koers-signal__kind">{signalKindLabel(t, s.kind)}</span> : null}
              {s.date ? <span className="koers-muted koers-signal__date">{formatDate(s.date)}</span> : null}
            </div>
            <p className="utrecht-paragraph koers-signal__message">
              {s.message}
              {onSteeringPage && href ? (
                <>
                  {' '}
                  <a className="utrecht-link koers-signal__link" href={href}>
                    {t('signals.toItem', { item: s.subject!.label })}
                  </a>
                </>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}

export type RiskBand = 'laag' | 'middel' | 'hoog' | 'zeer_hoog';
/** Score bands of the 5×5 matrix: 1–4 low, 5–9 medium, 10–16 high, 20–25 very high. */
export function riskBand(score: number): RiskBand {
  if (score >= 20) return 'zeer_hoog';
  if (score >= 10) return 'hoog';
  if (score >= 5) return 'middel';
  return 'laag';
}
const BAND_TONES: Record<RiskBand, BadgeTone> = { laag: 'ok', middel: 'warn', hoog: 'error', zeer_hoog: 'error' };

export function RiskScore({ score }: { score: number | null }) {
  const { t } = useI18n();
  if (score === null) return <StatusBadge tone="empty">{t('risk.unassessed')}</StatusBadge>;
  const band = riskBand(score);
  return (
    <StatusBadge tone={BAND_TONES[band]}>
      {t('risk.scoreBadge', { score, band: t(`risk.band.${band}` as MessageKey) })}
    </StatusBadge>
  );
}

/** "1", "2.A", "10" in programme order. */
export const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code, 'nl', { numeric: true });
