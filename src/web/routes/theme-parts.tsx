/** Small pieces shared by the theme page and the effort steering page: a result's progress from an indicator. */
import type { IndicatorLink } from '../../shared/steering';
import { useI18n } from '../i18n';

/** An exact decimal string in the UI's number format, without rounding ("24.5" → "24,5"). */
export function decimalText(value: string, lang: 'nl' | 'en'): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m) return value;
  const whole = m[2]!.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'nl' ? '.' : ',');
  return `${m[1]}${whole}${m[3] ? `${lang === 'nl' ? ',' : '.'}${m[3]}` : ''}`;
}
export function withUnit(value: string, unit: string, lang: 'nl' | 'en') {
  const v = decimalText(value, lang);
  return unit === '%' ? `${v}%` : `${v} ${unit}`;
}

/** "Moeite met rondkomen in Brunssum Noord: nulmeting 30% (2020), streefwaarde 20%, laatst 25% (2024) — voortgang 50%" with a bar. */
export function IndicatorProgress({ link }: { link: IndicatorLink }) {
  const { t, lang } = useI18n();
  const u = (v: string) => withUnit(v, link.indicator.unit, lang);
  const pct = link.progress === null ? null : Math.round(link.progress * 100);
  const shown = pct === null ? 0 : Math.max(0, Math.min(100, pct));
  return (
    <div className="koers-progress">
      <p className="utrecht-paragraph koers-progress__text">
        {t('voice.progress.text', {
          indicator: link.indicator.name,
          area: link.area.name,
          baseline: link.baseline === null ? t('voice.progress.noValue') : u(link.baseline),
          period: link.baselinePeriod,
          target: u(link.target),
        })}{' '}
        {link.latest ? t('voice.progress.latest', { value: u(link.latest.value), period: link.latest.period }) : t('voice.progress.noLatest')}
      </p>
      <p className="utrecht-paragraph koers-progress__value">
        <strong>{pct === null ? t('voice.progress.unknown') : t('voice.progress.value', { pct })}</strong>
        {pct !== null && pct < 0 ? ` ${t('voice.progress.away')}` : pct !== null && pct >= 100 ? ` ${t('voice.progress.reached')}` : ''}
      </p>
      {pct !== null ? (
        <div className="koers-progress__bar" aria-hidden="true">
          <div className="koers-progress__fill" style={{ width: `${shown}%` }} />
        </div>
      ) : null}
    </div>
  );
}
