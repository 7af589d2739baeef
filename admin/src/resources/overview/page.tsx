import { Suspense, lazy, type ReactNode } from 'react';
import { Alert, Button, Card, Col, Empty, Row, Skeleton, Statistic, Typography } from 'antd';
import { ContactsOutlined, MessageOutlined, SolutionOutlined } from '@ant-design/icons';
import { useGetIdentity, useTranslate } from '@refinedev/core';
import { useTranslation } from 'react-i18next';
import type { CustomerOverviewQuery } from '../../graphql/graphql';
import type { Identity } from '../../providers/auth-provider';
import { errorMessage, useGqlQuery } from '../dictionaries/gql';
import type { ChartDatum } from './charts';
import { PALETTE } from './palette';
import { CUSTOMER_OVERVIEW_QUERY } from './queries';

// The chart library (AntV G2) is large: its own chunk, loaded with the page.
const DonutChart = lazy(() =>
  import('./charts').then((module) => ({ default: module.DonutChart })),
);
const ColumnChart = lazy(() =>
  import('./charts').then((module) => ({ default: module.ColumnChart })),
);
const BarChart = lazy(() => import('./charts').then((module) => ({ default: module.BarChart })));

type Overview = CustomerOverviewQuery['customerOverview'];
interface Labelled {
  labelZh: string;
  labelEn: string;
  color?: string | null;
  count: number;
}

const TOP_PROVINCES = 12;

function ChartCard({
  title,
  testId,
  empty,
  children,
}: {
  title: string;
  testId: string;
  empty: boolean;
  children: ReactNode;
}) {
  return (
    <Card title={title} size="small" data-testid={testId} styles={{ body: { minHeight: 276 } }}>
      {empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} style={{ paddingTop: 60 }} />
      ) : (
        <Suspense fallback={<Skeleton active paragraph={{ rows: 6 }} />}>{children}</Suspense>
      )}
    </Card>
  );
}

/** The home page: customer totals and their distribution, within what the user may read. */
export function OverviewPage() {
  const translate = useTranslate();
  const { i18n } = useTranslation();
  const { data: user } = useGetIdentity<Identity>();
  const overview = useGqlQuery(CUSTOMER_OVERVIEW_QUERY, {});
  const en = i18n.language === 'en';
  const data: Overview | undefined = overview.data?.customerOverview;

  const toChart = (buckets: readonly Labelled[] | undefined): ChartDatum[] =>
    (buckets ?? []).map((bucket) => ({
      label: en ? bucket.labelEn : bucket.labelZh,
      count: bucket.count,
      color: bucket.color,
    }));
  // Region groups keep one colour in both region charts.
  const groupColors = new Map(
    (data?.byRegionGroup ?? []).map((bucket, index) => [
      bucket.code,
      PALETTE[index % PALETTE.length],
    ]),
  );
  const regionGroups = toChart(data?.byRegionGroup).map((datum, index) => ({
    ...datum,
    color: PALETTE[index % PALETTE.length],
  }));
  const provinces: ChartDatum[] = (data?.byRegion ?? [])
    .filter((bucket) => bucket.code !== null)
    .slice(0, TOP_PROVINCES)
    .map((bucket) => ({
      label: en ? bucket.labelEn : bucket.labelZh,
      count: bucket.count,
      group:
        (en ? bucket.groupLabelEn : bucket.groupLabelZh) ?? (en ? bucket.labelEn : bucket.labelZh),
      color: groupColors.get(bucket.groupCode ?? bucket.code) ?? null,
    }));

  const totals = data?.totals;
  const nothing = !!data && data.totals.customers === 0;
  const statistic = (title: string, value: number | undefined, icon: ReactNode, testId: string) => (
    <Col xs={24} sm={8}>
      <Card size="small" data-testid={testId}>
        <Statistic title={title} value={value ?? 0} prefix={icon} loading={overview.isLoading} />
      </Card>
    </Col>
  );

  return (
    <div data-testid="overview">
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {user
          ? translate('home.greeting', { name: user.displayName || user.username })
          : translate('home.title')}
      </Typography.Title>
      {overview.error ? (
        <Alert
          type="error"
          showIcon
          message={translate('home.loadFailed')}
          description={errorMessage(overview.error)}
          action={
            <Button onClick={() => void overview.refetch()}>{translate('home.retry')}</Button>
          }
          style={{ marginBottom: 16 }}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        {statistic(
          translate('home.totals.customers'),
          totals?.customers,
          <SolutionOutlined />,
          'overview-total-customers',
        )}
        {statistic(
          translate('home.totals.contacts'),
          totals?.contacts,
          <ContactsOutlined />,
          'overview-total-contacts',
        )}
        {statistic(
          translate('home.totals.followups'),
          totals?.followupsLast30Days,
          <MessageOutlined />,
          'overview-total-followups',
        )}
      </Row>
      {overview.isLoading ? (
        <Card style={{ marginTop: 16 }}>
          <Skeleton active paragraph={{ rows: 8 }} />
        </Card>
      ) : nothing ? (
        <Card style={{ marginTop: 16 }} data-testid="overview-empty">
          <Empty description={translate('home.empty')} />
        </Card>
      ) : data ? (
        <Row gutter={[16, 16]} style={{ marginTop: 16 }} data-testid="overview-charts">
          <Col xs={24} lg={8}>
            <ChartCard
              title={translate('home.charts.kind')}
              testId="overview-chart-kind"
              empty={data.byKind.length === 0}
            >
              <DonutChart data={toChart(data.byKind)} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={8}>
            <ChartCard
              title={translate('home.charts.status')}
              testId="overview-chart-status"
              empty={data.byStatus.length === 0}
            >
              <DonutChart data={toChart(data.byStatus)} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={8}>
            <ChartCard
              title={translate('home.charts.grade')}
              testId="overview-chart-grade"
              empty={data.byGrade.length === 0}
            >
              <ColumnChart data={toChart(data.byGrade)} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard
              title={translate('home.charts.category')}
              testId="overview-chart-category"
              empty={data.byCategory.length === 0}
            >
              <BarChart data={toChart(data.byCategory)} />
            </ChartCard>
          </Col>
          <Col xs={24} lg={12}>
            <ChartCard
              title={translate('home.charts.regionGroup')}
              testId="overview-chart-region-group"
              empty={data.byRegionGroup.length === 0}
            >
              <DonutChart data={regionGroups} />
            </ChartCard>
          </Col>
          <Col xs={24}>
            <ChartCard
              title={translate('home.charts.province', { count: TOP_PROVINCES })}
              testId="overview-chart-province"
              empty={provinces.length === 0}
            >
              <BarChart data={provinces} height={Math.max(200, provinces.length * 28 + 60)} />
            </ChartCard>
          </Col>
        </Row>
      ) : null}
    </div>
  );
}
