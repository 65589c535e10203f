// The route table. The public pages (lists, admission check) have their own light layout and need
// no login; pages behind RequireAuth get the shell; role-limited pages sit in a RoleGate keyed by
// their menu entry (menu.tsx), so the menu and the guard cannot disagree.
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { AppLayout } from './AppLayout.js';
import { RequireAuth, RoleGate } from './guards.js';
import { LoginPage } from '../pages/login/LoginPage.js';
import { HomePage } from '../pages/home/HomePage.js';
import { OrgBrowserPage } from '../pages/orgs/OrgBrowserPage.js';
import { UsersPage } from '../pages/admin/users/UsersPage.js';
import { CalendarPage } from '../pages/admin/calendar/CalendarPage.js';
import { AdmissionsPage } from '../pages/admission/AdmissionsPage.js';
import { AdmissionDetailPage } from '../pages/admission/detail/AdmissionDetailPage.js';
import { EditAdmissionRoute, NewAdmissionRoute } from '../pages/admission/form/AdmissionFormRoute.js';
import { ReviewPage } from '../pages/review/ReviewPage.js';
import { CatalogueManagePage } from '../pages/catalogue/CatalogueManagePage.js';
import { ConsultationsPage } from '../pages/consultations/ConsultationsPage.js';
import { PublicLayout } from '../pages/public/PublicLayout.js';
import { CatalogueIndexPage } from '../pages/public/CatalogueIndexPage.js';
import { CataloguePage } from '../pages/public/CataloguePage.js';
import { CheckPage } from '../pages/public/CheckPage.js';
import { PublicAdmissionsPage } from '../pages/public/PublicAdmissionsPage.js';
import { CommunityInboxRoute, MyInboxRoute } from '../pages/inbox/InboxPage.js';
import { CommunitiesPage } from '../pages/communities/CommunitiesPage.js';
import { DispatchesPage } from '../pages/dispatch/DispatchesPage.js';
import { DispatchFormPage } from '../pages/dispatch/DispatchFormPage.js';
import { DispatchDetailPage } from '../pages/dispatch/DispatchDetailPage.js';
import { RefusalsPage } from '../pages/dispatch/RefusalsPage.js';
import { RegisterPage } from '../pages/register/RegisterPage.js';
import { InspectionPlanPage } from '../pages/inspections/InspectionPlanPage.js';
import { InspectionFormPage } from '../pages/inspections/InspectionFormPage.js';
import { CommunityCalendarRoute, MyCalendarRoute } from '../pages/inspections/CommunityCalendarPage.js';
import { AppsPage } from '../pages/apps/AppsPage.js';
import { AppFormPage } from '../pages/apps/AppFormPage.js';
import { CommunityAppsRoute, MyAppsRoute } from '../pages/apps/CommunityAppsPage.js';
import { GrantsPage } from '../pages/privacy/GrantsPage.js';
import { MyDataPage } from '../pages/privacy/MyDataPage.js';
import { AccessLogPage } from '../pages/privacy/AccessLogPage.js';
import { CorrectionsPage } from '../pages/privacy/CorrectionsPage.js';
import { AuditPage } from '../pages/privacy/AuditPage.js';
import { ElementsPage } from '../pages/hub/ElementsPage.js';
import { ImportsPage } from '../pages/hub/ImportsPage.js';
import { ImportDetailPage } from '../pages/hub/ImportDetailPage.js';
import { FormsPage } from '../pages/forms/FormsPage.js';
import { FormEditPage } from '../pages/forms/FormEditPage.js';
import { FormDetailPage } from '../pages/forms/FormDetailPage.js';
import { SubjectsPage } from '../pages/households/SubjectsPage.js';
import { HouseholdPage } from '../pages/households/HouseholdPage.js';
import { BurdenDashboardPage } from '../pages/burden/BurdenDashboardPage.js';
import { BurdenAlertsPage } from '../pages/burden/BurdenAlertsPage.js';
import { CapacityPage } from '../pages/burden/CapacityPage.js';
import { PublicBurdenPage } from '../pages/public/PublicBurdenPage.js';
import { NotFoundPage } from '../pages/errors/NotFoundPage.js';
import { ErrorPage } from '../pages/errors/ErrorPage.js';

const gated = (menuKey: string | readonly string[], page: ReactNode) => <RoleGate menuKey={menuKey}>{page}</RoleGate>;

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <ErrorPage /> },
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
    ],
  },
  {
    element: <RequireAuth />,
    errorElement: <ErrorPage />,
    children: [
      {
        element: <AppLayout />,
        children: [
          {
            errorElement: <ErrorPage />,
            children: [
              { index: true, element: <HomePage /> },
              { path: 'orgs', element: <OrgBrowserPage /> },
              { path: 'orgs/:code', element: <OrgBrowserPage /> },
              { path: 'admissions', element: gated('admissions', <AdmissionsPage />) },
              { path: 'admissions/new', element: gated('admissions', <NewAdmissionRoute />) },
              { path: 'admissions/:id/edit', element: gated('admissions', <EditAdmissionRoute />) },
              { path: 'admissions/:id', element: gated(['admissions', 'review'], <AdmissionDetailPage />) },
              { path: 'review', element: gated('review', <ReviewPage />) },
              { path: 'catalogue/manage', element: gated('catalogueManage', <CatalogueManagePage />) },
              { path: 'consultations', element: gated('consultations', <ConsultationsPage />) },
              { path: 'inbox', element: gated('inbox', <MyInboxRoute />) },
              { path: 'communities', element: gated('communities', <CommunitiesPage />) },
              { path: 'communities/:code/inbox', element: gated(['inbox', 'communities'], <CommunityInboxRoute />) },
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
              // 一表通
              { path: 'hub/elements', element: gated('hubElements', <ElementsPage />) },
              { path: 'hub/imports', element: gated('hubImports', <ImportsPage />) },
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
              { path: 'admin/users', element: gated('users', <UsersPage />) },
              { path: 'admin/calendar', element: gated('calendar', <CalendarPage />) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
