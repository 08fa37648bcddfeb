/** The steering strip on the effort page: life-cycle badge, attention count and the way to the steering page. Loaded lazily. */
import { useSteering } from '../api/steering';
import { useI18n } from '../i18n';
import { LifecycleBadge } from './steering';
import { Link } from './ui';

export default function SteeringStrip({ effortId }: { effortId: string }) {
  const { t } = useI18n();
  const q = useSteering(effortId);
  if (!q.data) return null;
  const n = q.data.signals.length;
  return (
    <div className="koers-steer-strip">
      <span>
        {t('lifecycle.lifecycle')}: <LifecycleBadge lifecycle={q.data.effort.lifecycle} />
      </span>
      {n ? <Link to={`/inspanningen/${effortId}/sturing#aandacht`}>{n === 1 ? t('steering.oneSignal') : t('steering.signalCount', { n })}</Link> : null}
      <Link to={`/inspanningen/${effortId}/sturing`}>{t('effort.steeringLink')}</Link>
    </div>
  );
}
