import { useMemo, useState } from 'react';
import type { EffortListItem } from '../../shared/api';
import { useEfforts, useProgramme } from '../api/hooks';
import { Button, ErrorView, Link, Loading, PageTitle, RichText, StatusBadge } from '../components/ui';
import { useI18n } from '../i18n';

interface Node extends EffortListItem {
  children: Node[];
}

function buildTree(items: EffortListItem[]): Node[] {
  const byId = new Map<string, Node>(items.map((e) => [e.id, { ...e, children: [] }]));
  const roots: Node[] = [];
  for (const e of items) {
    const node = byId.get(e.id)!;
    const parent = e.parentId ? byId.get(e.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

export function OpenBadge({ effort }: { effort: Pick<EffortListItem, 'hasForm' | 'openFieldCount'> }) {
  const { t } = useI18n();
  if (!effort.hasForm) return <span className="koers-muted">{t('tree.noForm')}</span>;
  if (effort.openFieldCount === 0) return <StatusBadge tone="ok">{t('tree.complete')}</StatusBadge>;
  return <StatusBadge tone="ntb">{effort.openFieldCount === 1 ? t('tree.oneOpenField') : t('tree.openFields', { n: effort.openFieldCount })}</StatusBadge>;
}

function TreeItem({ node, expanded, toggle }: { node: Node; expanded: Set<string>; toggle: (id: string) => void }) {
  const { t } = useI18n();
  const open = expanded.has(node.id);
  const label = `${node.code} ${node.name}`;
  return (
    <li className="koers-tree__item">
      <div className="koers-tree__row">
        {node.children.length ? (
          <button
            type="button"
            className="koers-tree__toggle"
            aria-expanded={open}
            aria-controls={`sub-${node.id}`}
            aria-label={open ? t('tree.collapse', { name: label }) : t('tree.expand', { name: label })}
            onClick={() => toggle(node.id)}
          >
            <span aria-hidden="true">{open ? '−' : '+'}</span>
          </button>
        ) : (
          <span className="koers-tree__spacer" aria-hidden="true" />
        )}
        <div className="koers-tree__body">
          <Link to={`/inspanningen/${node.id}`} className="koers-tree__link">
            <span className="koers-code">{node.code}</span> {node.name}
          </Link>
          <div className="koers-tree__meta">
            {node.projectLeaders.length ? (
              <span>
                {t('tree.leader')}: {node.projectLeaders.join(', ')}
              </span>
            ) : null}
            <OpenBadge effort={node} />
          </div>
        </div>
      </div>
      {node.children.length ? (
        <ul id={`sub-${node.id}`} className="koers-tree__children" hidden={!open}>
          {node.children.map((c) => (
            <TreeItem key={c.id} node={c} expanded={expanded} toggle={toggle} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function HomePage() {
  const { t } = useI18n();
  const programme = useProgramme();
  const efforts = useEfforts();
  const tree = useMemo(() => (efforts.data ? buildTree(efforts.data.items) : []), [efforts.data]);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const withChildren = tree.filter((n) => n.children.length).map((n) => n.id);

  if (programme.isError) return <ErrorView error={programme.error} />;
  if (efforts.isError) return <ErrorView error={efforts.error} />;
  if (!programme.data || !efforts.data) return <Loading />;
  const p = programme.data;
  return (
    <>
      <PageTitle title={p.name} pre={p.municipality}>
        {p.name}
      </PageTitle>
      <div className="koers-lead">
        <RichText text={p.description} />
      </div>
      <section aria-labelledby="counts-title" className="koers-section">
        <h2 className="utrecht-heading-2 koers-visually-hidden" id="counts-title">
          {t('home.counts')}
        </h2>
        <ul className="koers-tiles">
          <li className="koers-tile">
            <span className="koers-tile__number">{p.counts.efforts}</span> {t('home.efforts')}
          </li>
          <li className="koers-tile">
            <span className="koers-tile__number">{p.counts.forms}</span> {t('home.forms')}
          </li>
          <li className="koers-tile">
            <Link to="/open-velden" className="koers-tile__link">
              <span className="koers-tile__number">{p.counts.openFields}</span> {t('home.openFields', { forms: p.counts.formsWithOpenFields })}
            </Link>
          </li>
          <li className="koers-tile">
            <Link to="/raadsvragen" className="koers-tile__link">
              <span className="koers-tile__number">{p.counts.councilQuestions}</span> {t('home.council')}
            </Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="tree-title" className="koers-section">
        <div className="koers-section__head">
          <div>
            <h2 className="utrecht-heading-2" id="tree-title">
              {t('home.tree')}
            </h2>
            <p className="utrecht-paragraph koers-muted">{t('home.treeIntro')}</p>
          </div>
          <div className="koers-actions">
            <Button onClick={() => setExpanded(new Set(withChildren))}>{t('home.expandAll')}</Button>
            <Button onClick={() => setExpanded(new Set())}>{t('home.collapseAll')}</Button>
          </div>
        </div>
        <ul className="koers-tree" aria-labelledby="tree-title">
          {tree.map((n) => (
            <TreeItem key={n.id} node={n} expanded={expanded} toggle={toggle} />
          ))}
        </ul>
      </section>
    </>
  );
}
