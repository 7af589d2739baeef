import { Authenticated, CanAccess, Refine, useTranslate } from '@refinedev/core';
import { ErrorComponent, ThemedLayout, useNotificationProvider } from '@refinedev/antd';
import routerProvider, {
  CatchAllNavigate,
  DocumentTitleHandler,
  UnsavedChangesNotifier,
} from '@refinedev/react-router';
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

import { AppConfigProvider } from './components/AppConfigProvider';
import { Forbidden } from './components/Forbidden';
import { Header } from './components/Header';
import { Sider } from './components/Sider';
import { Title } from './components/Title';
import { LoginPage } from './pages/LoginPage';
import { accessControlProvider } from './providers/access-control-provider';
import { authProvider } from './providers/auth-provider';
import { dataProvider } from './providers/data-provider';
import { i18nProvider } from './providers/i18n-provider';
import { UserCreate } from './resources/users/create';
import { UserEdit } from './resources/users/edit';
import { UserList } from './resources/users/list';
import { DepartmentCreate } from './resources/departments/create';
import { DepartmentEdit } from './resources/departments/edit';
import { DepartmentList } from './resources/departments/list';
import { RoleCreate } from './resources/roles/create';
import { RoleEdit } from './resources/roles/edit';
import { RoleList } from './resources/roles/list';
import { ApiKeyCreate } from './resources/api-keys/create';
import { ApiKeyList } from './resources/api-keys/list';
import { AuditLogList } from './resources/audit-logs/list';
import { DictionaryManager } from './resources/dictionaries/list';
import { DataCardDesigner } from './resources/data-card/list';
import { CustomerList } from './resources/customers/list';
import { CustomerCreate, CustomerEdit } from './resources/customers/form';
import { CustomerShow } from './resources/customers/show';
import { ContactList } from './resources/contacts/list';
import { ContactShow } from './resources/contacts/show';
import { OverviewPage } from './resources/overview/page';
import { NumberingRuleList } from './resources/numbering/list';
import { AccessRequestList } from './resources/access-requests/list';
import { AccessRequestCreate } from './resources/access-requests/create';
import { ChangeRequestList } from './resources/change-requests/list';
import { AccessRuleList } from './resources/access-rules/list';
import { AccessExplainPage } from './resources/access-explain/page';

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
          options={{ syncWithLocation: true, warnWhenUnsavedChanges: true, disableTelemetry: true }}
        >
          <Routes>
            <Route
              element={
                <Authenticated
                  key="authenticated-routes"
                  fallback={<CatchAllNavigate to="/login" />}
                >
                  <ThemedLayout Header={Header} Title={Title} Sider={Sider}>
                    <Outlet />
                  </ThemedLayout>
                </Authenticated>
              }
            >
              <Route index element={<OverviewPage />} />
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
              <Route path="/login" element={<LoginPage />} />
            </Route>
          </Routes>
          <UnsavedChangesNotifier />
          <TitleHandler />
        </Refine>
      </AppConfigProvider>
    </BrowserRouter>
  );
}
