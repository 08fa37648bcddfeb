/**
 * A map of areas that have a geometry (GeoJSON uploaded per area), drawn with d3-geo as SVG paths.
 * With `values` it is a choropleth: five classes from light to dark, a legend, and the table of
 * values as the accessible equivalent; without values it shows the outlines. Nothing is rendered
 * when none of the areas has a geometry.
 *
 * Areas are small (a municipality at most), so a planar projection is used: longitudes are scaled
 * by cos(latitude) and d3-geo's geoIdentity fits the result into the frame. This also makes the
 * drawing independent of the rings' winding order, which spherical projections depend on.
 */
import { geoIdentity, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { useRef } from 'react';
import type { Direction } from '../../shared/monitoring';
import { useGeometries } from '../api/monitoring';
import { formatDecimal } from '../components/charts';
import { ScrollTable } from '../components/ui';
import { useI18n } from '../i18n';

const CLASSES = ['#deebf7', '#9ecae1', '#4292c6', '#2166ac', '#08306b'];

type Props = { code: string; name: string; level: string };

function scaleCoords(g: Geometry, k: number): Geometry {
  const ring = (r: Position[]) => r.map((p) => [p[0]! * k, p[1]!]);
  if (g.type === 'Polygon') return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
  if (g.type === 'MultiPolygon') return { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
  return g;
}

export function AreaMap({
  id,
  heading,
  codes,
  values,
  unit,
  direction,
}: {
  id: string;
  heading: string;
  codes: string[];
  /** area code → exact decimal string */
  values?: Record<string, string>;
  unit?: string;
  direction?: Direction | null;
}) {
  const { t, lang } = useI18n();
  const svgRef = useRef<SVGSVGElement>(null);
  const geo = useGeometries({ codes }, codes.length > 0);
  const features = (geo.data?.features ?? []) as Feature<Geometry, Props>[];
  if (!features.length) return null;
  const lats = features.flatMap((f) => {
    const g = f.geometry;
    const rings = g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : [];
    return rings.flat().map((p) => p[1]!);
  });
  const k = Math.cos((((Math.min(...lats) + Math.max(...lats)) / 2) * Math.PI) / 180);
  const planar: FeatureCollection<Geometry, Props> = { type: 'FeatureCollection', features: features.map((f) => ({ ...f, geometry: scaleCoords(f.geometry, k) })) };
  const W = 560;
  const H = 420;
  const projection = geoIdentity().reflectY(true).fitExtent(
    [
      [12, 12],
      [W - 12, H - 12],
    ],
    planar,
  );
  const path = geoPath(projection);
  // larger areas first, buurten on top
  const hasBuurten = planar.features.some((f) => f.properties.level === 'buurt');
  const ordered = [...planar.features].sort((a, b) => Number(a.properties.level === 'buurt') - Number(b.properties.level === 'buurt'));
  const nums = values ? features.map((f) => values[f.properties.code]).filter((v): v is string => v !== undefined).map(Number) : [];
  const lo = nums.length ? Math.min(...nums) : 0;
  const hi = nums.length ? Math.max(...nums) : 0;
  const classOf = (v: number) => (hi === lo ? 2 : Math.min(4, Math.floor(((v - lo) / (hi - lo)) * 5)));
  const bounds = CLASSES.map((_, i) => [lo + ((hi - lo) * i) / 5, lo + ((hi - lo) * (i + 1)) / 5] as const);
  const fmt = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 });
  const valueText = (v: string) => `${formatDecimal(v, lang)}${unit === '%' ? '%' : ''}`;
  return (
    <section className="koers-section" aria-labelledby={`${id}-heading`}>
      <h2 className="utrecht-heading-2" id={`${id}-heading`}>
        {heading}
      </h2>
      <div className="koers-chart-layout">
        <figure className="koers-chart koers-map">
          <svg ref={svgRef} viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-svg-title ${id}-svg-desc`} className="koers-chart__svg">
            <title id={`${id}-svg-title`}>{heading}</title>
            <desc id={`${id}-svg-desc`}>{values ? t('mon.mapDesc') : t('mon.mapOutlineDesc')}</desc>
            {ordered.map((f) => {
              const v = values?.[f.properties.code];
              const inner = hasBuurten && f.properties.level === 'buurt';
              // an outline map of a programme area with its buurten: the area filled, its buurten dashed on top, labelled
              if (!values && hasBuurten && !inner) return <path key={f.properties.code} d={path(f) ?? ''} fill="#d6e4f0" stroke="#1a1a1a" strokeWidth="2.5" />;
              const fill = v === undefined ? (values ? '#f2f2f2' : inner ? 'none' : '#d6e4f0') : CLASSES[classOf(Number(v))]!;
              const [cx, cy] = path.centroid(f);
              const dark = v !== undefined && classOf(Number(v)) >= 3;
              return (
                <g key={f.properties.code}>
                  <path d={path(f) ?? ''} fill={fill} stroke="#1a1a1a" strokeWidth="1" strokeDasharray={inner && !values ? '5 3' : undefined} />
                  {Number.isFinite(cx) ? (
                    <text x={cx} y={cy} textAnchor="middle" fontSize="12" fill={dark ? '#fff' : '#1a1a1a'} fontFamily="system-ui, sans-serif">
                      <tspan x={cx}>{f.properties.name}</tspan>
                      {v !== undefined ? (
                        <tspan x={cx} dy="14" fontWeight="700">
                          {valueText(v)}
                        </tspan>
                      ) : null}
                    </text>
                  ) : null}
                </g>
              );
            })}
          </svg>
          {values && nums.length ? (
            <figcaption>
              <ul className="koers-chart__legend koers-chart__legend--list" aria-label={t('chart.legend')}>
                {CLASSES.map((c, i) => (
                  <li key={c}>
                    <span className="koers-swatch" style={{ background: c }} aria-hidden="true" /> {fmt.format(bounds[i]![0])} – {fmt.format(bounds[i]![1])}
                    {unit === '%' ? '%' : ''}
                  </li>
                ))}
              </ul>
              {direction ? <p className="koers-muted koers-small">{direction === 'higher_is_better' ? t('mon.mapHigherBetter') : t('mon.mapLowerBetter')}</p> : null}
            </figcaption>
          ) : null}
        </figure>
        {values ? (
          <div className="koers-chart-table">
            <ScrollTable id={`${id}-table`} caption={t('chart.tableCaption', { title: heading })}>
              <thead>
                <tr>
                  <th scope="col">{t('mon.area')}</th>
                  <th scope="col" className="koers-num">
                    {t('mon.value')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {features.map((f) => (
                  <tr key={f.properties.code}>
                    <th scope="row">{f.properties.name}</th>
                    <td className="koers-num">{values[f.properties.code] !== undefined ? valueText(values[f.properties.code]!) : '–'}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </div>
        ) : null}
      </div>
    </section>
  );
}
