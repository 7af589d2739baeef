import { Authenticated, CanAccess, Refine, useTranslate } from '@refinedev/core';
import { Breadcrumb, ErrorComponent, useNotificationProvider } from '@refinedev/antd';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
import { lazy, Suspense, type ComponentType } from 'react';
import { Spin } from 'antd';
import { BrowserRouter, Navigate, Outlet, Route, Routes } from 'react-router';
import {
  ApiOutlined,
  ApartmentOutlined,
  AuditOutlined,
  AimOutlined,
  DiffOutlined,
  FileSearchOutlined,
  KeyOutlined,
  BookOutlined,
  ContactsOutlined,
  SolutionOutlined,
  IdcardOutlined,
  NumberOutlined,
  SettingOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import '@refinedev/antd/dist/reset.css';
import './styles/global.css';

import { AppConfigProvider } from './components/AppConfigProvider';
import { AppLayout } from './components/AppLayout';
import { Forbidden } from './components/Forbidden';
import { accessControlProvider } from './providers/access-control-provider';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';

function lazyPage<M extends Record<K, ComponentType>, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

const pageLoading = <Spin style={{ display: 'block', margin: '48px auto' }} />;

// Each page is its own chunk, loaded on first visit: the login page needs none of the others.
const LoginPage = lazyPage(() => import('./pages/LoginPage'), 'LoginPage');
const UserCreate = lazyPage(() => import('./resources/users/create'), 'UserCreate');
const UserEdit = lazyPage(() => import('./resources/users/edit'), 'UserEdit');
const UserList = lazyPage(() => import('./resources/users/list'), 'UserList');
const DepartmentCreate = lazyPage(
  () => import('./resources/departments/create'),
  'DepartmentCreate',
);
const DepartmentEdit = lazyPage(() => import('./resources/departments/edit'), 'DepartmentEdit');
const DepartmentList = lazyPage(() => import('./resources/departments/list'), 'DepartmentList');
const RoleCreate = lazyPage(() => import('./resources/roles/create'), 'RoleCreate');
const RoleEdit = lazyPage(() => import('./resources/roles/edit'), 'RoleEdit');
const RoleList = lazyPage(() => import('./resources/roles/list'), 'RoleList');
const ApiKeyCreate = lazyPage(() => import('./resources/api-keys/create'), 'ApiKeyCreate');
const ApiKeyList = lazyPage(() => import('./resources/api-keys/list'), 'ApiKeyList');
const AuditLogList = lazyPage(() => import('./resources/audit-logs/list'), 'AuditLogList');
const DictionaryManager = lazyPage(
  () => import('./resources/dictionaries/list'),
  'DictionaryManager',
);
const DataCardDesigner = lazyPage(() => import('./resources/data-card/list'), 'DataCardDesigner');
const CustomerList = lazyPage(() => import('./resources/customers/list'), 'CustomerList');
const CustomerCreate = lazyPage(() => import('./resources/customers/form'), 'CustomerCreate');
const CustomerEdit = lazyPage(() => import('./resources/customers/form'), 'CustomerEdit');
const CustomerShow = lazyPage(() => import('./resources/customers/show'), 'CustomerShow');
const ContactList = lazyPage(() => import('./resources/contacts/list'), 'ContactList');
const ContactShow = lazyPage(() => import('./resources/contacts/show'), 'ContactShow');
const AccountPage = lazyPage(() => import('./resources/account/page'), 'AccountPage');
const OverviewPage = lazyPage(() => import('./resources/overview/page'), 'OverviewPage');
const NumberingRuleList = lazyPage(() => import('./resources/numbering/list'), 'NumberingRuleList');
const AccessRequestList = lazyPage(
  () => import('./resources/access-requests/list'),
  'AccessRequestList',
);
const AccessRequestCreate = lazyPage(
  () => import('./resources/access-requests/create'),
  'AccessRequestCreate',
);
const ChangeRequestList = lazyPage(
  () => import('./resources/change-requests/list'),
  'ChangeRequestList',
);
const AccessRuleList = lazyPage(() => import('./resources/access-rules/list'), 'AccessRuleList');
const AccessExplainPage = lazyPage(
  () => import('./resources/access-explain/page'),
  'AccessExplainPage',
);

const resources = [
  { name: 'home', list: '/', meta: { icon: <HomeOutlined /> } },
  {
    name: 'customers',
    list: '/customers',
    create: '/customers/create',
    edit: '/customers/edit/:id',
    show: '/customers/show/:id',
    meta: { icon: <SolutionOutlined /> },
  },
  {
    name: 'contacts',
    list: '/contacts',
    show: '/contacts/show/:id',
    meta: { icon: <ContactsOutlined /> },
  },
  {
    name: 'accessRequests',
    list: '/access-requests',
    create: '/access-requests/create',
    meta: { icon: <KeyOutlined /> },
  },
  { name: 'changeRequests', list: '/change-requests', meta: { icon: <DiffOutlined /> } },
  {
    name: 'users',
    list: '/users',
    create: '/users/create',
    edit: '/users/edit/:id',
    meta: { icon: <TeamOutlined />, canDelete: true },
  },
  {
    name: 'departments',
    list: '/departments',
    create: '/departments/create',
    edit: '/departments/edit/:id',
    meta: { icon: <ApartmentOutlined />, canDelete: true },
  },
  {
    name: 'roles',
    list: '/roles',
    create: '/roles/create',
    edit: '/roles/edit/:id',
    meta: { icon: <SafetyCertificateOutlined />, canDelete: true },
  },
  {
    name: 'apiKeys',
    list: '/api-keys',
    create: '/api-keys/create',
    meta: { icon: <ApiOutlined /> },
  },
  { name: 'accessRules', list: '/access-rules', meta: { icon: <AimOutlined /> } },
  { name: 'accessExplain', list: '/access-explain', meta: { icon: <FileSearchOutlined /> } },
  { name: 'auditLogs', list: '/audit-logs', meta: { icon: <AuditOutlined /> } },
  { name: 'system', meta: { icon: <SettingOutlined /> } },
  {
    name: 'dictionaries',
    list: '/dictionaries',
    meta: { icon: <BookOutlined />, parent: 'system' },
  },
  { name: 'dataCard', list: '/data-card', meta: { icon: <IdcardOutlined />, parent: 'system' } },
  {
    name: 'numbering',
    list: '/numbering-rules',
    meta: { icon: <NumberOutlined />, parent: 'system' },
  },
];

/** Pages of a resource the user may not use show a 403-style result instead. */
function Guarded() {
  return (
    <CanAccess fallback={<Forbidden />}>
      <Outlet />
    </CanAccess>
  );
}

function TitleHandler() {
  const translate = useTranslate();
  return (
    <DocumentTitleHandler
      handler={({ resource, action }) => {
        const name = resource?.name;
        if (!name || name === 'home') return 'Dossier';
        const key =
          action && action !== 'list' ? `${name}.titles.${action}` : `${name}.titles.list`;
        return `${translate(key)} | Dossier`;
      }}
    />
  );
}

export function App() {
  return (
    <BrowserRouter>
      <AppConfigProvider>
        <Refine
          routerProvider={routerProvider}
          dataProvider={dataProvider}
          authProvider={authProvider}
          i18nProvider={i18nProvider}
          accessControlProvider={accessControlProvider}
          notificationProvider={useNotificationProvider}
          resources={resources}
          options={{
            syncWithLocation: true,
            warnWhenUnsavedChanges: true,
            disableTelemetry: true,
            // Refine's icon-only home crumb has no accessible name; the logo links home instead.
            breadcrumb: <Breadcrumb showHome={false} />,
          }}
        >
          <Routes>
            <Route
              element={
                <Authenticated
                  key="authenticated-routes"
                  fallback={<CatchAllNavigate to="/login" />}
                >
                  <AppLayout>
                    <Suspense fallback={pageLoading}>
                      <Outlet />
                    </Suspense>
                  </AppLayout>
                </Authenticated>
              }
            >
              <Route index element={<OverviewPage />} />
              <Route path="/account" element={<AccountPage />} />
              <Route element={<Guarded />}>
                <Route path="/customers">
                  <Route index element={<CustomerList />} />
                  <Route path="create" element={<CustomerCreate />} />
                  <Route path="edit/:id" element={<CustomerEdit />} />
                  <Route path="show/:id" element={<CustomerShow />} />
                </Route>
                <Route path="/contacts">
                  <Route index element={<ContactList />} />
                  <Route path="show/:id" element={<ContactShow />} />
                </Route>
                <Route path="/users">
                  <Route index element={<UserList />} />
                  <Route path="create" element={<UserCreate />} />
                  <Route path="edit/:id" element={<UserEdit />} />
                </Route>
                <Route path="/departments">
                  <Route index element={<DepartmentList />} />
                  <Route path="create" element={<DepartmentCreate />} />
                  <Route path="edit/:id" element={<DepartmentEdit />} />
                </Route>
                <Route path="/roles">
                  <Route index element={<RoleList />} />
                  <Route path="create" element={<RoleCreate />} />
                  <Route path="edit/:id" element={<RoleEdit />} />
                </Route>
                <Route path="/api-keys">
                  <Route index element={<ApiKeyList />} />
                  <Route path="create" element={<ApiKeyCreate />} />
                </Route>
                <Route path="/access-requests">
                  <Route index element={<AccessRequestList />} />
                  <Route path="create" element={<AccessRequestCreate />} />
                </Route>
                <Route path="/change-requests" element={<ChangeRequestList />} />
                <Route path="/access-rules" element={<AccessRuleList />} />
                <Route path="/access-explain" element={<AccessExplainPage />} />
                <Route path="/audit-logs" element={<AuditLogList />} />
                <Route path="/data-card" element={<DataCardDesigner />} />
              </Route>
              {/* Readable by anyone signed in; writes there need dictionary.manage. */}
              <Route path="/dictionaries" element={<DictionaryManager />} />
              {/* Readable by anyone signed in; editing needs field.manage. */}
              <Route path="/numbering-rules" element={<NumberingRuleList />} />
              <Route path="*" element={<ErrorComponent />} />
            </Route>
            <Route
              element={
                <Authenticated key="auth-pages" fallback={<Outlet />}>
                  <Navigate to="/" replace />
                </Authenticated>
              }
            >
              <Route
                path="/login"
                element={
                  <Suspense fallback={pageLoading}>
                    <LoginPage />
                  </Suspense>
                }
              />
            </Route>
          </Routes>
          <UnsavedChangesNotifier />
          <TitleHandler />
        </Refine>
      </AppConfigProvider>
    </BrowserRouter>
  );
}
