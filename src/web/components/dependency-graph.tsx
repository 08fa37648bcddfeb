/** Afhankelijkheden as an interactive SVG graph: external factors in the first column, every effort right of what it depends on.
 *  Nodes form one keyboard stop (roving tabindex, arrow keys move); hover, focus or Enter/click highlights the chain both ways. */
import { type KeyboardEvent, useId, useMemo, useRef, useState } from 'react';
import type { Dependency } from '../../shared/steering';
import { useI18n } from '../i18n';
import { byCode } from './steering';
import { Button, Link } from './ui';

type Ref = Dependency['effort'];
interface GraphNode {
  id: string;
  kind: 'effort' | 'external';
  code: string;
  name: string;
  col: number;
  x: number;
  y: number;
  /** ids this node depends on / that depend on this node (direct) */
  on: string[];
  from: string[];
}
interface Edge {
  key: string;
  from: string;
  to: string;
}

const NODE_W = 224;
const NODE_H = 58;
const ROW_H = 70;
const COL_GAP = 84;
const PAD_X = 14;
const TOP = 36;

const extId = (name: string) => `ext:${name}`;

/** Wraps text into at most `lines` lines of about `max` characters; the last line ends in … when cut. */
function wrap(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = line ? `${line} ${w}` : w;
    if (next.length <= max) {
      line = next;
      continue;
    }
    if (line) out.push(line);
    line = w.length > max ? `${w.slice(0, max - 1)}…` : w;
    if (out.length === lines - 1) {
      const rest = words.slice(i).join(' ');
      out.push(rest.length > max ? `${rest.slice(0, max - 1).trimEnd()}…` : rest);
      return out;
    }
  }
  if (line) out.push(line);
  return out;
}

/** Deterministic layered layout. */
function layout(items: Dependency[]) {
  const nodes = new Map<string, GraphNode>();
  const edges: Edge[] = [];
  const seenEdge = new Set<string>();
  const node = (id: string, kind: GraphNode['kind'], code: string, name: string) => {
    let n = nodes.get(id);
    if (!n) nodes.set(id, (n = { id, kind, code, name, col: 0, x: 0, y: 0, on: [], from: [] }));
    return n;
  };
  const effort = (e: Ref) => node(e.id, 'effort', e.code, e.name);
  for (const d of items) {
    const a = effort(d.effort);
    const b = d.dependsOn ? effort(d.dependsOn) : d.externalFactor ? node(extId(d.externalFactor), 'external', '', d.externalFactor) : null;
    if (!b || a.id === b.id) continue;
    const key = `${a.id}>${b.id}`;
    if (seenEdge.has(key)) continue;
    seenEdge.add(key);
    edges.push({ key, from: a.id, to: b.id });
    a.on.push(b.id);
    b.from.push(a.id);
  }
  const efforts = [...nodes.values()].filter((n) => n.kind === 'effort').sort(byCode);
  // layer: externals 0, an effort 1 + the highest layer among its (effort) dependencies; a cycle is cut where it is found
  const layer = new Map<string, number>();
  const busy = new Set<string>();
  const depth = (n: GraphNode): number => {
    if (n.kind === 'external') return 0;
    const known = layer.get(n.id);
    if (known !== undefined) return known;
    if (busy.has(n.id)) return 0;
    busy.add(n.id);
    let l = 1;
    for (const id of n.on) l = Math.max(l, depth(nodes.get(id)!) + 1);
    busy.delete(n.id);
    layer.set(n.id, l);
    return l;
  };
  for (const e of efforts) depth(e);
  // externals ordered by the first effort (by code) that depends on them
  const externals: GraphNode[] = [];
  for (const e of efforts) for (const id of e.on) if (id.startsWith('ext:') && !externals.includes(nodes.get(id)!)) externals.push(nodes.get(id)!);
  const hasExternal = externals.length > 0;
  const columns: GraphNode[][] = [];
  externals.forEach((n, i) => {
    n.y = i * ROW_H;
  });
  if (hasExternal) columns.push(externals);
  const maxLayer = Math.max(0, ...efforts.map((e) => layer.get(e.id)!));
  const placed = new Set(externals.map((n) => n.id));
  for (let l = 1; l <= maxLayer; l++) {
    // each effort as close as possible to the middle of what it depends on, without overlapping
    const inLayer = efforts
      .filter((e) => layer.get(e.id) === l)
      .map((e) => {
        const ys = e.on.filter((id) => placed.has(id)).map((id) => nodes.get(id)!.y);
        return { e, want: ys.length ? ys.reduce((s, y) => s + y, 0) / ys.length : Number.POSITIVE_INFINITY };
      })
      .sort((a, b) => a.want - b.want || byCode(a.e, b.e));
    let next = 0;
    for (const { e, want } of inLayer) {
      e.y = Number.isFinite(want) ? Math.max(want, next) : next;
      next = e.y + ROW_H;
      placed.add(e.id);
    }
    columns.push(inLayer.map((x) => x.e));
  }
  for (const [c, col] of columns.entries())
    for (const n of col) {
      n.col = c;
      n.x = PAD_X + c * (NODE_W + COL_GAP);
      n.y = TOP + Math.round(n.y);
    }
  const width = PAD_X * 2 + columns.length * NODE_W + Math.max(0, columns.length - 1) * COL_GAP;
  const height = TOP + Math.max(0, ...[...nodes.values()].map((n) => n.y - TOP + NODE_H)) + 16;
  return { nodes, edges, columns, width, height, hasExternal };
}

/** Every node reached by repeatedly following `next`, in breadth-first order: [direct, further]. */
function reach(start: string, next: (id: string) => string[]): { direct: string[]; further: string[] } {
  const direct = [...new Set(next(start))];
  const seen = new Set([start, ...direct]);
  const further: string[] = [];
  const queue = [...direct];
  while (queue.length) {
    for (const id of next(queue.shift()!)) {
      if (seen.has(id)) continue;
      seen.add(id);
      further.push(id);
      queue.push(id);
    }
  }
  return { direct, further };
}

export function DependencyGraph({ items, initial }: { items: Dependency[]; initial?: string }) {
  const { t } = useI18n();
  const uid = useId().replace(/:/g, '');
  const g = useMemo(() => layout(items), [items]);
  const order = useMemo(() => g.columns.flat().map((n) => n.id), [g]);
  const [pinned, setPinned] = useState<string | null>(initial && g.nodes.has(initial) ? initial : null);
  const [preview, setPreview] = useState<string | null>(null);
  const [tabStop, setTabStop] = useState<string | null>(null);
  const refs = useRef(new Map<string, SVGGElement>());
  const wrapRef = useRef<HTMLDivElement>(null);
  const active = preview ?? pinned;
  const stop = tabStop && g.nodes.has(tabStop) ? tabStop : (pinned ?? order[0] ?? null);

  const nodeById = (id: string) => g.nodes.get(id)!;
  const up = active ? reach(active, (id) => nodeById(id).on) : null;
  const down = active ? reach(active, (id) => nodeById(id).from) : null;
  const upSet = new Set(up ? [...up.direct, ...up.further] : []);
  const downSet = new Set(down ? [...down.direct, ...down.further] : []);

  const nodeText = (n: GraphNode) => (n.kind === 'effort' ? `${n.code} ${n.name}` : `${n.name} (${t('dependency.externalBadge').toLowerCase()})`);
  const list = (ids: string[]) =>
    ids
      .map(nodeById)
      .sort((a, b) => (a.kind === b.kind ? (a.kind === 'effort' ? byCode(a, b) : a.name.localeCompare(b.name, 'nl')) : a.kind === 'effort' ? -1 : 1))
      .map(nodeText)
      .join(', ');
  const chain = (r: { direct: string[]; further: string[] }) =>
    r.further.length ? `${list(r.direct)}; ${t('dependencies.graphVia', { list: list(r.further) })}` : list(r.direct);

  let status = t('dependencies.graphIdle');
  if (active && up && down) {
    const n = nodeById(active);
    const name = nodeText(n);
    const on = n.kind === 'effort' ? (up.direct.length ? t('dependencies.graphDependsOn', { name, list: chain(up) }) : t('dependencies.graphDependsOnNone', { name })) : name + '.';
    const affects = down.direct.length
      ? t(n.kind === 'effort' ? 'dependencies.graphAffects' : 'dependencies.graphAffectsExternal', { list: chain(down) })
      : t('dependencies.graphAffectsNone');
    status = `${on} ${affects}`;
  }

  const focusNode = (id: string | undefined) => {
    if (!id) return;
    setTabStop(id);
    refs.current.get(id)?.focus();
  };
  const onKey = (e: KeyboardEvent, n: GraphNode) => {
    const col = g.columns[n.col]!;
    const idx = col.indexOf(n);
    const nearest = (c: number) => {
      const target = g.columns[c];
      if (!target?.length) return undefined;
      return [...target].sort((a, b) => Math.abs(a.y - n.y) - Math.abs(b.y - n.y))[0]!.id;
    };
    let handled = true;
    switch (e.key) {
      case 'ArrowDown':
        focusNode(col[idx + 1]?.id);
        break;
      case 'ArrowUp':
        focusNode(col[idx - 1]?.id);
        break;
      case 'ArrowRight':
        focusNode(nearest(n.col + 1));
        break;
      case 'ArrowLeft':
        focusNode(nearest(n.col - 1));
        break;
      case 'Home':
        focusNode(order[0]);
        break;
      case 'End':
        focusNode(order[order.length - 1]);
        break;
      case 'Enter':
      case ' ':
        setPinned(pinned === n.id ? null : n.id);
        setPreview(null);
        break;
      case 'Escape':
        if (!pinned && !preview) handled = false;
        setPinned(null);
        setPreview(null);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  };

  const edgeState = (e: Edge): 'up' | 'down' | 'dim' | 'normal' => {
    if (!active) return 'normal';
    if ((e.from === active || upSet.has(e.from)) && upSet.has(e.to)) return 'up';
    if ((e.to === active || downSet.has(e.to)) && downSet.has(e.from)) return 'down';
    return 'dim';
  };
  /** A smooth path from the dependent effort to what it depends on; past columns in between it keeps to a free gap between the boxes. */
  const path = (e: Edge) => {
    const a = nodeById(e.from);
    const b = nodeById(e.to);
    const ay = a.y + NODE_H / 2;
    const by = b.y + NODE_H / 2;
    if (a.col === b.col) {
      const x = a.x + NODE_W;
      return `M ${x} ${ay} C ${x + 50} ${ay}, ${x + 50} ${by}, ${x + 2} ${by}`;
    }
    const dir = b.col < a.col ? -1 : 1;
    const side = (n: GraphNode, out: boolean) => (out === (dir === 1) ? n.x + NODE_W : n.x);
    const pts: [number, number][] = [[side(a, true), ay]];
    const x1 = pts[0]![0];
    const x2 = side(b, false) - dir * 2;
    for (let c = a.col + dir; c !== b.col; c += dir) {
      const col = g.columns[c]!;
      const left = PAD_X + c * (NODE_W + COL_GAP);
      const want = ay + ((by - ay) * (left + NODE_W / 2 - x1)) / (x2 - x1);
      const blocked = (y: number) => col.some((n) => y > n.y - 6 && y < n.y + NODE_H + 6);
      let y = want;
      if (blocked(want)) {
        const ys = col.map((n) => n.y).sort((p, q) => p - q);
        const free = [ys[0]! - 12, ...ys.slice(1).map((y0, i) => (ys[i]! + NODE_H + y0) / 2), ys[ys.length - 1]! + NODE_H + 12];
        y = free.sort((p, q) => Math.abs(p - want) - Math.abs(q - want))[0]!;
      }
      pts.push(dir === -1 ? [left + NODE_W, y] : [left, y], dir === -1 ? [left, y] : [left + NODE_W, y]);
    }
    pts.push([x2, by]);
    let d = `M ${pts[0]![0]} ${pts[0]![1]}`;
    for (let i = 1; i < pts.length; i++) {
      const [px, py] = pts[i - 1]!;
      const [qx, qy] = pts[i]!;
      // inside a column (odd steps between the two points of one column) the line is straight
      if (i % 2 === 0 && i < pts.length - 1) d += ` L ${qx} ${qy}`;
      else {
        const dx = Math.max(24, Math.abs(qx - px) / 2) * dir;
        d += ` C ${px + dx} ${py}, ${qx - dx} ${qy}, ${qx} ${qy}`;
      }
    }
    return d;
  };
  const pinnedNode = pinned ? g.nodes.get(pinned) : undefined;
  const sorted = (st: Edge[]) => {
    const rank = { dim: 0, normal: 1, down: 2, up: 2 } as const;
    return [...st].sort((a, b) => rank[edgeState(a)] - rank[edgeState(b)]);
  };

  return (
    <div className="koers-graph">
      <p className="utrecht-paragraph koers-muted koers-graph__hint" id={`${uid}-hint`}>
        {t('dependencies.graphHint')}
      </p>
      <div ref={wrapRef} className="koers-graph-wrap" role="region" aria-label={t('dependencies.graphRegion')} tabIndex={0}>
        <svg
          className="koers-graph__svg"
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
          role="group"
          aria-labelledby={`${uid}-title`}
          aria-describedby={`${uid}-desc ${uid}-hint`}
          onMouseLeave={() => setPreview(null)}
        >
          <title id={`${uid}-title`}>{t('dependencies.graphTitle', { efforts: g.columns.flat().filter((n) => n.kind === 'effort').length, external: g.hasExternal ? g.columns[0]!.length : 0 })}</title>
          <desc id={`${uid}-desc`}>{t('dependencies.graphDesc')}</desc>
          <defs>
            {(
              [
                ['normal', '#4d5560'],
                ['dim', '#8a939c'],
                ['up', '#00447c'],
                ['down', '#b34700'],
              ] as const
            ).map(([k, c]) => (
              <marker key={k} id={`${uid}-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M 0 0 L 10 5 L 0 10 z" fill={c} />
              </marker>
            ))}
          </defs>
          {g.hasExternal ? (
            <text x={PAD_X} y={TOP - 14} className="koers-graph__col-title">
              {t('dependencies.external')}
            </text>
          ) : null}
          {g.columns.length > (g.hasExternal ? 1 : 0) ? (
            <text x={PAD_X + (g.hasExternal ? NODE_W + COL_GAP : 0)} y={TOP - 14} className="koers-graph__col-title">
              {t('dependencies.graphEffortsColumn')}
            </text>
          ) : null}
          <g aria-hidden="true">
            {sorted(g.edges).map((e) => {
              const s = edgeState(e);
              return <path key={e.key} d={path(e)} className={`koers-graph__edge koers-graph__edge--${s}`} markerEnd={`url(#${uid}-arrow-${s})`} />;
            })}
          </g>
          {g.columns.flat().map((n) => {
            const state = !active ? 'normal' : n.id === active ? 'active' : upSet.has(n.id) ? 'up' : downSet.has(n.id) ? 'down' : 'dim';
            const lines = wrap(n.name, 28, 2);
            const marker = state === 'up' ? t('dependencies.graphRequired') : state === 'down' ? t('dependencies.graphAffected') : state === 'active' && pinned === n.id ? t('dependencies.graphSelected') : '';
            const label = n.kind === 'effort' ? t('dependencies.graphEffortLabel', { name: `${n.code} ${n.name}` }) : t('dependencies.graphExternalLabel', { name: n.name });
            return (
              <g
                key={n.id}
                ref={(el) => {
                  if (el) refs.current.set(n.id, el);
                  else refs.current.delete(n.id);
                }}
                className={`koers-graph__node koers-graph__node--${n.kind} koers-graph__node--${state}`}
                transform={`translate(${n.x} ${n.y})`}
                role="button"
                tabIndex={n.id === stop ? 0 : -1}
                aria-label={marker && state !== 'active' ? `${label} (${marker})` : label}
                aria-pressed={pinned === n.id}
                onFocus={() => {
                  setTabStop(n.id);
                  setPreview(n.id);
                }}
                onBlur={() => setPreview(null)}
                onMouseEnter={() => setPreview(n.id)}
                onClick={() => {
                  setTabStop(n.id);
                  setPinned(pinned === n.id ? null : n.id);
                  setPreview(null);
                }}
                onKeyDown={(e) => onKey(e, n)}
              >
                <title>{nodeText(n)}</title>
                <rect className="koers-graph__focus" x={-5} y={-5} width={NODE_W + 10} height={NODE_H + 10} rx={n.kind === 'external' ? 20 : 8} />
                <rect className="koers-graph__box" width={NODE_W} height={NODE_H} rx={n.kind === 'external' ? 16 : 4} />
                <text x={10} y={17} className="koers-graph__code">
                  {n.kind === 'effort' ? n.code : t('dependency.externalBadge').toUpperCase()}
                </text>
                {marker ? (
                  <text x={NODE_W - 10} y={17} textAnchor="end" className="koers-graph__marker">
                    {marker}
                  </text>
                ) : null}
                {lines.map((l, i) => (
                  <text key={i} x={10} y={34 + i * 16} className="koers-graph__name">
                    {l}
                  </text>
                ))}
              </g>
            );
          })}
        </svg>
      </div>
      <div className="koers-graph__panel">
        <p className="utrecht-paragraph koers-graph__status" aria-live="polite">
          {status}
        </p>
        {pinnedNode ? (
          <p className="utrecht-paragraph koers-graph__actions">
            {pinnedNode.kind === 'effort' ? (
              <Link to={`/inspanningen/${pinnedNode.id}/sturing`}>{t('dependencies.graphOpen', { name: `${pinnedNode.code} ${pinnedNode.name}` })}</Link>
            ) : null}
            <Button
              appearance="subtle"
              onClick={() => {
                setPinned(null);
                wrapRef.current?.focus();
              }}
            >
              {t('dependencies.graphClear')}
            </Button>
          </p>
        ) : null}
      </div>
      <ul className="koers-legend koers-legend--inline" aria-label={t('dependencies.graphLegend')}>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <rect x="1" y="2" width="32" height="16" rx="2" fill="#fff" stroke="#00447c" strokeWidth="2" />
          </svg>
          {t('dependencies.graphLegendEffort')}
        </li>
        <li>
          <svg width="34" height="20" aria-hidden="true">
            <rect x="1" y="2" width="32" height="16" rx="8" fill="#fdf1e4" stroke="#8a4500" strokeWidth="2" strokeDasharray="5 3" />
          </svg>
          {t('dependencies.graphLegendExternal')}
        </li>
        <li>
          <svg width="40" height="20" aria-hidden="true">
            <line x1="2" y1="10" x2="30" y2="10" stroke="#4d5560" strokeWidth="2" />
            <path d="M 28 4 L 38 10 L 28 16 z" fill="#4d5560" />
          </svg>
          {t('dependencies.graphLegendArrow')}
        </li>
        <li>
          <svg width="40" height="20" aria-hidden="true">
            <line x1="2" y1="10" x2="30" y2="10" stroke="#00447c" strokeWidth="3" />
            <path d="M 28 4 L 38 10 L 28 16 z" fill="#00447c" />
          </svg>
          {t('dependencies.graphLegendRequired')}
        </li>
        <li>
          <svg width="40" height="20" aria-hidden="true">
            <line x1="2" y1="10" x2="30" y2="10" stroke="#b34700" strokeWidth="3" strokeDasharray="6 3" />
            <path d="M 28 4 L 38 10 L 28 16 z" fill="#b34700" />
          </svg>
          {t('dependencies.graphLegendAffected')}
        </li>
      </ul>
    </div>
  );
}
