// The route table. Every page but the login page is loaded on demand (lazyPage.tsx) inside AntdRoot
// (antd's providers), so the login page's JavaScript stays small. The public pages (lists, admission check) have their own light layout and need
// no login; pages behind RequireAuth get the shell; role-limited pages sit in a RoleGate keyed by
// their menu entry (menu.tsx), so the menu and the guard cannot disagree.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequireAuth, RoleGate } from './guards.js';
import { page } from './lazyPage.js';
import { LoginPage } from '../pages/login/LoginPage.js';

const ErrorPage = page(() => import('../pages/errors/ErrorPage.js'), 'ErrorPage');
const AntdErrorPage = page(() => import('./AntdRoot.js'), 'AntdErrorPage', { full: true });
const AntdRoot = page(() => import('./AntdRoot.js'), 'AntdRoot', { full: true });
const AppLayout = page(() => import('./AppLayout.js'), 'AppLayout');
const HomePage = page(() => import('../pages/home/HomePage.js'), 'HomePage');
const OrgBrowserPage = page(() => import('../pages/orgs/OrgBrowserPage.js'), 'OrgBrowserPage');
const UsersPage = page(() => import('../pages/admin/users/UsersPage.js'), 'UsersPage');
const CalendarPage = page(() => import('../pages/admin/calendar/CalendarPage.js'), 'CalendarPage');
const AdmissionsPage = page(() => import('../pages/admission/AdmissionsPage.js'), 'AdmissionsPage');
const AdmissionDetailPage = page(
  () => import('../pages/admission/detail/AdmissionDetailPage.js'),
  'AdmissionDetailPage',
);
const EditAdmissionRoute = page(() => import('../pages/admission/form/AdmissionFormRoute.js'), 'EditAdmissionRoute');
const NewAdmissionRoute = page(() => import('../pages/admission/form/AdmissionFormRoute.js'), 'NewAdmissionRoute');
const ReviewPage = page(() => import('../pages/review/ReviewPage.js'), 'ReviewPage');
const CatalogueManagePage = page(() => import('../pages/catalogue/CatalogueManagePage.js'), 'CatalogueManagePage');
const NotificationsPage = page(() => import('../pages/notifications/NotificationsPage.js'), 'NotificationsPage');
const ConsultationsPage = page(() => import('../pages/consultations/ConsultationsPage.js'), 'ConsultationsPage');
const PublicLayout = page(() => import('../pages/public/PublicLayout.js'), 'PublicLayout');
const CatalogueIndexPage = page(() => import('../pages/public/CatalogueIndexPage.js'), 'CatalogueIndexPage');
const CataloguePage = page(() => import('../pages/public/CataloguePage.js'), 'CataloguePage');
const CheckPage = page(() => import('../pages/public/CheckPage.js'), 'CheckPage');
const PublicAdmissionsPage = page(() => import('../pages/public/PublicAdmissionsPage.js'), 'PublicAdmissionsPage');
const CommunityInboxRoute = page(() => import('../pages/inbox/InboxPage.js'), 'CommunityInboxRoute');
const MyInboxRoute = page(() => import('../pages/inbox/InboxPage.js'), 'MyInboxRoute');
const CommunitiesPage = page(() => import('../pages/communities/CommunitiesPage.js'), 'CommunitiesPage');
const DispatchesPage = page(() => import('../pages/dispatch/DispatchesPage.js'), 'DispatchesPage');
const DispatchFormPage = page(() => import('../pages/dispatch/DispatchFormPage.js'), 'DispatchFormPage');
const DispatchDetailPage = page(() => import('../pages/dispatch/DispatchDetailPage.js'), 'DispatchDetailPage');
const RefusalsPage = page(() => import('../pages/dispatch/RefusalsPage.js'), 'RefusalsPage');
const RegisterPage = page(() => import('../pages/register/RegisterPage.js'), 'RegisterPage');
const InspectionPlanPage = page(() => import('../pages/inspections/InspectionPlanPage.js'), 'InspectionPlanPage');
const InspectionFormPage = page(() => import('../pages/inspections/InspectionFormPage.js'), 'InspectionFormPage');
const CommunityCalendarRoute = page(
  () => import('../pages/inspections/CommunityCalendarPage.js'),
  'CommunityCalendarRoute',
);
const MyCalendarRoute = page(() => import('../pages/inspections/CommunityCalendarPage.js'), 'MyCalendarRoute');
const AppsPage = page(() => import('../pages/apps/AppsPage.js'), 'AppsPage');
const AppFormPage = page(() => import('../pages/apps/AppFormPage.js'), 'AppFormPage');
const CommunityAppsRoute = page(() => import('../pages/apps/CommunityAppsPage.js'), 'CommunityAppsRoute');
const MyAppsRoute = page(() => import('../pages/apps/CommunityAppsPage.js'), 'MyAppsRoute');
const GrantsPage = page(() => import('../pages/privacy/GrantsPage.js'), 'GrantsPage');
const MyDataPage = page(() => import('../pages/privacy/MyDataPage.js'), 'MyDataPage');
const AccessLogPage = page(() => import('../pages/privacy/AccessLogPage.js'), 'AccessLogPage');
const CorrectionsPage = page(() => import('../pages/privacy/CorrectionsPage.js'), 'CorrectionsPage');
const AuditPage = page(() => import('../pages/privacy/AuditPage.js'), 'AuditPage');
const ElementsPage = page(() => import('../pages/hub/ElementsPage.js'), 'ElementsPage');
const BackflowPage = page(() => import('../pages/hub/BackflowPage.js'), 'BackflowPage');
const SynonymsPage = page(() => import('../pages/hub/SynonymsPage.js'), 'SynonymsPage');
const ImportsPage = page(() => import('../pages/hub/ImportsPage.js'), 'ImportsPage');
const ImportDetailPage = page(() => import('../pages/hub/ImportDetailPage.js'), 'ImportDetailPage');
const FormsPage = page(() => import('../pages/forms/FormsPage.js'), 'FormsPage');
const FormEditPage = page(() => import('../pages/forms/FormEditPage.js'), 'FormEditPage');
const FormDetailPage = page(() => import('../pages/forms/FormDetailPage.js'), 'FormDetailPage');
const SubjectsPage = page(() => import('../pages/households/SubjectsPage.js'), 'SubjectsPage');
const HouseholdPage = page(() => import('../pages/households/HouseholdPage.js'), 'HouseholdPage');
const BurdenDashboardPage = page(() => import('../pages/burden/BurdenDashboardPage.js'), 'BurdenDashboardPage');
const BurdenAlertsPage = page(() => import('../pages/burden/BurdenAlertsPage.js'), 'BurdenAlertsPage');
const CapacityPage = page(() => import('../pages/burden/CapacityPage.js'), 'CapacityPage');
const CertificatesPage = page(() => import('../pages/certificates/CertificatesPage.js'), 'CertificatesPage');
const CertificateGuidePage = page(
  () => import('../pages/certificates/CertificateGuidePage.js'),
  'CertificateGuidePage',
);
const VerifyPage = page(() => import('../pages/certificates/VerifyPage.js'), 'VerifyPage');
const MyCertificatesPage = page(() => import('../pages/certificates/MyCertificatesPage.js'), 'MyCertificatesPage');
const CommunityRequestsPage = page(
  () => import('../pages/certificates/CommunityRequestsPage.js'),
  'CommunityRequestsPage',
);
const DeliberationPage = page(() => import('../pages/deliberation/DeliberationPage.js'), 'DeliberationPage');
const TopicPage = page(() => import('../pages/deliberation/TopicPage.js'), 'TopicPage');
const OverdueActionsPage = page(() => import('../pages/deliberation/OverdueActionsPage.js'), 'OverdueActionsPage');
const DocumentsPage = page(() => import('../pages/deliberation/DocumentsPage.js'), 'DocumentsPage');
const PublicCommunityPage = page(() => import('../pages/public/PublicCommunityPage.js'), 'PublicCommunityPage');
const ExitRequestsPage = page(() => import('../pages/deliberation/ExitRequestsPage.js'), 'ExitRequestsPage');
const PurchasingPage = page(() => import('../pages/purchasing/PurchasingPage.js'), 'PurchasingPage');
const ContractPage = page(() => import('../pages/purchasing/ContractPage.js'), 'ContractPage');
const OrgInboxPage = page(() => import('../pages/purchasing/OrgInboxPage.js'), 'OrgInboxPage');
const MyServicesPage = page(() => import('../pages/purchasing/MyServicesPage.js'), 'MyServicesPage');
const AttestPage = page(() => import('../pages/certificates/AttestPage.js'), 'AttestPage');
const ForbiddenAsksPage = page(() => import('../pages/certificates/ForbiddenAsksPage.js'), 'ForbiddenAsksPage');
const StaffingPage = page(() => import('../pages/staffing/StaffingPage.js'), 'StaffingPage');
const GridPlanPage = page(() => import('../pages/staffing/GridPlanPage.js'), 'GridPlanPage');
const RosterPage = page(() => import('../pages/staffing/RosterPage.js'), 'RosterPage');
const MyGridPage = page(() => import('../pages/staffing/MyGridPage.js'), 'MyGridPage');
const MyServiceRequestsPage = page(
  () => import('../pages/service-requests/MyServiceRequestsPage.js'),
  'MyServiceRequestsPage',
);
const ServiceRequestsInboxPage = page(
  () => import('../pages/service-requests/ServiceRequestsInboxPage.js'),
  'ServiceRequestsInboxPage',
);
const PublicBurdenPage = page(() => import('../pages/public/PublicBurdenPage.js'), 'PublicBurdenPage');
const PublicPurchasedServicesPage = page(
  () => import('../pages/public/PublicPurchasedServicesPage.js'),
  'PublicPurchasedServicesPage',
);
const NotFoundPage = page(() => import('../pages/errors/NotFoundPage.js'), 'NotFoundPage');

const gated = (menuKey: string | readonly string[], page: ReactNode) => <RoleGate menuKey={menuKey}>{page}</RoleGate>;

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <AntdErrorPage /> },
  {
    element: <AntdRoot />,
    errorElement: <AntdErrorPage />,
    children: [
      {
        element: <PublicLayout />,
        errorElement: <ErrorPage />,
        children: [
          { path: '/public/catalogue', element: <CatalogueIndexPage /> },
          { path: '/public/catalogue/:jurisdiction', element: <CataloguePage /> },
          { path: '/public/admissions', element: <PublicAdmissionsPage /> },
          { path: '/check', element: <CheckPage /> },
          { path: '/check/:number', element: <CheckPage /> },
          { path: '/public/burden', element: <PublicBurdenPage /> },
          { path: '/public/purchased-services', element: <PublicPurchasedServicesPage /> },
          { path: '/public/communities/:code', element: <PublicCommunityPage /> },
          { path: '/public/topics/:id', element: <TopicPage /> },
          { path: '/public/certificates', element: <CertificatesPage /> },
          { path: '/public/certificates/verify', element: <VerifyPage /> },
          { path: '/public/certificates/verify/:code', element: <VerifyPage /> },
          { path: '/public/certificates/:jurisdiction/:code', element: <CertificateGuidePage /> },
        ],
      },
    ],
  },
  {
    element: <RequireAuth />,
    errorElement: <AntdErrorPage />,
    children: [
      {
        element: <AntdRoot />,
        children: [
          {
            element: <AppLayout />,
            children: [
              {
                errorElement: <ErrorPage />,
                children: [
                  { index: true, element: <HomePage /> },
                  { path: 'notifications', element: <NotificationsPage /> },
                  { path: 'orgs', element: gated('orgs', <OrgBrowserPage />) },
                  { path: 'orgs/:code', element: gated('orgs', <OrgBrowserPage />) },
                  { path: 'admissions', element: gated('admissions', <AdmissionsPage />) },
                  { path: 'admissions/new', element: gated('admissions', <NewAdmissionRoute />) },
                  { path: 'admissions/:id/edit', element: gated('admissions', <EditAdmissionRoute />) },
                  { path: 'admissions/:id', element: gated(['admissions', 'review'], <AdmissionDetailPage />) },
                  { path: 'review', element: gated('review', <ReviewPage />) },
                  { path: 'catalogue/manage', element: gated('catalogueManage', <CatalogueManagePage />) },
                  { path: 'consultations', element: gated('consultations', <ConsultationsPage />) },
                  { path: 'inbox', element: gated('inbox', <MyInboxRoute />) },
                  { path: 'communities', element: gated('communities', <CommunitiesPage />) },
                  {
                    path: 'communities/:code/inbox',
                    element: gated(['inbox', 'communities'], <CommunityInboxRoute />),
                  },
                  { path: 'privacy/grants', element: gated('grants', <GrantsPage />) },
                  { path: 'privacy/audit', element: gated('privacyAudit', <AuditPage />) },
                  { path: 'me/data', element: gated('myData', <MyDataPage />) },
                  { path: 'me/access-log', element: gated('accessLog', <AccessLogPage />) },
                  { path: 'corrections', element: gated('corrections', <CorrectionsPage />) },
                  { path: 'dispatches', element: gated('dispatch', <DispatchesPage />) },
                  { path: 'dispatches/new', element: gated('dispatch', <DispatchFormPage />) },
                  { path: 'dispatches/:id', element: gated(['dispatch', 'refusals'], <DispatchDetailPage />) },
                  { path: 'register', element: gated('register', <RegisterPage />) },
                  { path: 'inspections', element: gated('inspections', <InspectionPlanPage />) },
                  { path: 'inspections/new', element: gated('inspections', <InspectionFormPage />) },
                  { path: 'inspections/calendar', element: gated('communityCalendar', <MyCalendarRoute />) },
                  {
                    path: 'communities/:code/inspections',
                    element: gated(['communityCalendar', 'communities'], <CommunityCalendarRoute />),
                  },
                  { path: 'apps', element: gated('apps', <AppsPage />) },
                  { path: 'apps/new', element: gated('apps', <AppFormPage />) },
                  { path: 'community-apps', element: gated('communityApps', <MyAppsRoute />) },
                  {
                    path: 'communities/:code/apps',
                    element: gated(['communityApps', 'communities'], <CommunityAppsRoute />),
                  },
                  { path: 'refusals', element: gated('refusals', <RefusalsPage />) },
                  { path: 'certificates/asks', element: gated('forbiddenAsks', <ForbiddenAsksPage />) },
                  { path: 'attestations', element: gated('attest', <AttestPage />) },
                  { path: 'certificates/requests', element: gated('certificateRequests', <CommunityRequestsPage />) },
                  { path: 'me/certificates', element: gated('myCertificates', <MyCertificatesPage />) },
                  { path: 'me/service-requests', element: gated('myServiceRequests', <MyServiceRequestsPage />) },
                  { path: 'service-requests', element: gated('serviceRequests', <ServiceRequestsInboxPage />) },
                  { path: 'deliberation', element: gated('deliberation', <DeliberationPage />) },
                  { path: 'deliberation/topics/:id', element: gated('deliberation', <TopicPage />) },
                  { path: 'deliberation/documents', element: gated('deliberation', <DocumentsPage />) },
                  { path: 'deliberation/overdue', element: gated('deliberationOverdue', <OverdueActionsPage />) },
                  { path: 'exit-requests', element: gated('exitRequests', <ExitRequestsPage />) },
                  // 政府购买服务
                  { path: 'purchasing', element: gated('purchasing', <PurchasingPage />) },
                  { path: 'purchasing/:id', element: gated('purchasing', <ContractPage />) },
                  { path: 'org-inbox', element: gated('orgInbox', <OrgInboxPage />) },
                  { path: 'me/purchased-services', element: gated('myPurchasedServices', <MyServicesPage />) },
                  // 一表通
                  { path: 'hub/elements', element: gated('hubElements', <ElementsPage />) },
                  { path: 'hub/imports', element: gated('hubImports', <ImportsPage />) },
                  { path: 'hub/backflow', element: gated('hubBackflow', <BackflowPage />) },
                  { path: 'hub/synonyms', element: gated('hubSynonyms', <SynonymsPage />) },
                  { path: 'hub/imports/:id', element: gated('hubImports', <ImportDetailPage />) },
                  { path: 'forms', element: gated('forms', <FormsPage />) },
                  { path: 'forms/new', element: gated('forms', <FormEditPage />) },
                  { path: 'forms/:id', element: gated('forms', <FormDetailPage />) },
                  { path: 'forms/:id/edit', element: gated('forms', <FormEditPage />) },
                  { path: 'subjects', element: gated('subjects', <SubjectsPage />) },
                  { path: 'households/:id', element: gated('subjects', <HouseholdPage />) },
                  { path: 'burden', element: gated('burden', <BurdenDashboardPage />) },
                  { path: 'burden/alerts', element: gated('burdenAlerts', <BurdenAlertsPage />) },
                  { path: 'burden/capacity', element: gated('burdenCapacity', <CapacityPage />) },
                  { path: 'staffing', element: gated('staffing', <StaffingPage />) },
                  { path: 'staffing/grids/:code', element: gated('staffing', <GridPlanPage />) },
                  { path: 'staffing/roster/:code', element: gated('staffing', <RosterPage />) },
                  { path: 'me/grid', element: gated('myGrid', <MyGridPage />) },
                  { path: 'admin/users', element: gated('users', <UsersPage />) },
                  { path: 'admin/calendar', element: gated('calendar', <CalendarPage />) },
                  { path: '*', element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
];
