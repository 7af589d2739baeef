import { useEffect, useMemo, useRef, useState } from 'react';
import { Alert, Empty, Select, Space, Spin, Tag, Typography } from 'antd';
import { Graph, type GraphData } from '@antv/g6';
import { useGo, useTranslate } from '@refinedev/core';
import type { NodeKind } from '../../graphql/graphql';
import { useGqlQuery } from '../dictionaries/gql';
import { CUSTOMER_OPTIONS_QUERY, RELATIONSHIP_GRAPH_QUERY } from './queries';

const COLORS: Record<NodeKind, { fill: string; stroke: string }> = {
  CUSTOMER: { fill: '#e6f4ff', stroke: '#1677ff' },
  CONTACT: { fill: '#fff7e6', stroke: '#fa8c16' },
};

/** `CUSTOMER:12` → route of that record. */
function routeOf(key: string): string | undefined {
  const [kind, id] = key.split(':');
  if (!id) return undefined;
  return kind === 'CONTACT' ? `/contacts/show/${id}` : `/customers/show/${id}`;
}

export function RelationshipGraphView({
  rootType,
  rootId,
}: {
  rootType: NodeKind;
  rootId: string;
}) {
  const translate = useTranslate();
  const go = useGo();
  const [depth, setDepth] = useState(2);
  const [types, setTypes] = useState<string[]>([]);
  const typeOptions = useGqlQuery(CUSTOMER_OPTIONS_QUERY, { type: 'relationship_type' });
  const graphQuery = useGqlQuery(RELATIONSHIP_GRAPH_QUERY, {
    rootType,
    rootId,
    depth,
    types: types.length > 0 ? types : null,
  });
  const container = useRef<HTMLDivElement>(null);
  const graph = graphQuery.data?.relationshipGraph;

  const data = useMemo<GraphData | undefined>(() => {
    if (!graph) return undefined;
    const keys = new Set(graph.nodes.map((node) => node.key));
    return {
      nodes: graph.nodes.map((node) => ({
        id: node.key,
        data: { label: node.label, kind: node.kind, depth: node.depth },
      })),
      edges: graph.edges
        .filter((edge) => keys.has(edge.from) && keys.has(edge.to))
        .map((edge) => ({
          id: `edge-${edge.id}`,
          source: edge.from,
          target: edge.to,
          data: { label: edge.relationship.type?.label ?? '' },
        })),
    };
  }, [graph]);

  const rootKey = `${rootType}:${rootId}`;

  useEffect(() => {
    const element = container.current;
    if (!element || !data || data.nodes?.length === 0) return;
    const instance = new Graph({
      container: element,
      autoFit: 'view',
      padding: 24,
      data,
      node: {
        type: (datum) => (datum.data?.kind === 'CONTACT' ? 'circle' : 'rect'),
        style: {
          size: (datum) => (datum.data?.kind === 'CONTACT' ? 36 : [56, 32]),
          radius: 6,
          fill: (datum) => COLORS[(datum.data?.kind as NodeKind) ?? 'CUSTOMER'].fill,
          stroke: (datum) => COLORS[(datum.data?.kind as NodeKind) ?? 'CUSTOMER'].stroke,
          lineWidth: (datum) => (datum.id === rootKey ? 3 : 1.5),
          labelText: (datum) => String(datum.data?.label ?? ''),
          labelPlacement: 'bottom',
          labelFontSize: 12,
          cursor: 'pointer',
        },
      },
      edge: {
        type: 'line',
        style: {
          stroke: '#8c8c8c',
          endArrow: true,
          labelText: (datum) => String(datum.data?.label ?? ''),
          labelFontSize: 11,
          labelFill: '#595959',
          labelBackground: true,
          labelBackgroundFill: '#ffffff',
        },
      },
      layout: {
        type: 'radial',
        focusNode: rootKey,
        unitRadius: 160,
        linkDistance: 200,
        preventOverlap: true,
        nodeSize: 60,
      },
      behaviors: ['drag-canvas', 'zoom-canvas', 'drag-element'],
    });
    instance.on('node:click', (event: unknown) => {
      const target = (event as { target?: { id?: string } }).target;
      const route = target?.id ? routeOf(target.id) : undefined;
      if (route) go({ to: route });
    });
    let disposed = false;
    const rendering = instance
      .render()
      .then(async () => {
        // Small graphs: no more than natural size, centred.
        if (!disposed && instance.getZoom() > 1) {
          await instance.zoomTo(1, false);
          await instance.fitCenter(false);
        }
      })
      .catch((error: unknown) => {
        if (!disposed) console.warn('graph render failed', error);
      });
    return () => {
      disposed = true;
      // Destroying mid-render (a quick tab switch) makes G6 log an error: wait for it.
      void rendering.finally(() => instance.destroy());
    };
  }, [data, rootKey, go]);

  return (
    <div data-testid="relationship-graph">
      <Space wrap style={{ marginBottom: 12 }}>
        <Typography.Text>{translate('customers.graph.depth')}</Typography.Text>
        <Select
          value={depth}
          style={{ width: 90 }}
          onChange={setDepth}
          options={[1, 2, 3, 4].map((value) => ({ value, label: value }))}
        />
        <Typography.Text>{translate('customers.graph.types')}</Typography.Text>
        <Select
          mode="multiple"
          allowClear
          style={{ minWidth: 280 }}
          placeholder={translate('common.all')}
          value={types}
          onChange={setTypes}
          loading={typeOptions.isLoading}
          options={(typeOptions.data?.dictionaryOptions ?? []).map((option) => ({
            value: option.code,
            label: option.label,
          }))}
        />
        <Tag color="blue">{translate('customers.graph.customer')}</Tag>
        <Tag color="orange">{translate('customers.graph.contact')}</Tag>
      </Space>
      {graph?.truncated && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={translate('customers.graph.truncated')}
        />
      )}
      <Spin spinning={graphQuery.isFetching}>
        {data && data.nodes?.length === 0 ? (
          <Empty />
        ) : (
          <div
            ref={container}
            style={{ width: '100%', height: 560, border: '1px solid #f0f0f0', borderRadius: 8 }}
          />
        )}
      </Spin>
    </div>
  );
}
