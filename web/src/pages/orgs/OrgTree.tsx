// The lazy-loading division tree, from the provinces down; selecting a node opens it.
import { useEffect, useMemo, useRef } from 'react';
import { Spin, Tree, type GetRef, type TreeDataNode } from 'antd';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { OrgView } from '#common/api/orgs.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import type { OrgTreeState } from './useOrgTree.js';

function toNodes(items: OrgView[], childrenOf: Record<string, OrgView[]>): TreeDataNode[] {
  return items.map((o) => ({
    key: o.code,
    title: (
      <span className="org-tree-title" title={o.fullName}>
        {o.name}
      </span>
    ),
    isLeaf: o.childCount === 0,
    children: childrenOf[o.code] ? toNodes(childrenOf[o.code], childrenOf) : undefined,
  }));
}

interface Props {
  tree: OrgTreeState;
  selected: string | undefined;
  height: number;
}

export function OrgTree({ tree, selected, height }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const ref = useRef<GetRef<typeof Tree>>(null);
  const { roots, childrenOf, expandedKeys, error, setExpandedKeys, load } = tree;
  const treeData = useMemo(() => (roots ? toNodes(roots, childrenOf) : []), [roots, childrenOf]);

  // Bring the selected node into view once its ancestors are expanded.
  const visible = selected !== undefined && expandedKeys.length > 0;
  useEffect(() => {
    if (!visible || !selected) return;
    const id = window.setTimeout(() => ref.current?.scrollTo({ key: selected, align: 'auto', offset: 40 }), 50);
    return () => window.clearTimeout(id);
  }, [visible, selected, treeData]);

  if (error && !roots) return <ProblemAlert error={error} />;
  if (!roots) {
    return (
      <div className="center-block">
        <Spin description={t('app.loading')} />
      </div>
    );
  }
  return (
    <Tree
      ref={ref}
      data-testid="org-tree"
      className="org-tree"
      blockNode
      showLine
      height={height}
      treeData={treeData}
      expandedKeys={expandedKeys}
      selectedKeys={selected ? [selected] : []}
      onExpand={(keys) => setExpandedKeys(keys.map(String))}
      loadData={(node) => load(String(node.key))}
      onSelect={(keys, info) => {
        const key = String(info.node.key);
        if (keys.length > 0 || key === selected) void navigate(`/orgs/${key}`);
      }}
    />
  );
}
