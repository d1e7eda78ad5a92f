import { Navigate, type RouteObject } from 'react-router';
import { AppFrame } from '../modules/shell';
import { AuditPage } from '../pages/AuditPage';
import { CatalogPage } from '../pages/CatalogPage';
import { CostsPage } from '../pages/CostsPage';
import { DeploymentPage } from '../pages/DeploymentPage';
import { DeploymentsPage } from '../pages/DeploymentsPage';
import { EscalationPoliciesPage } from '../pages/EscalationPoliciesPage';
import { IncidentPage } from '../pages/IncidentPage';
import { IncidentsPage } from '../pages/IncidentsPage';
import { LoginPage } from '../pages/LoginPage';
import { NewDeploymentPage } from '../pages/NewDeploymentPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { NotificationsSettingsPage } from '../pages/NotificationsSettingsPage';
import { OnCallPage } from '../pages/OnCallPage';
import { OnCallSchedulePage } from '../pages/OnCallSchedulePage';
import { OverviewPage } from '../pages/OverviewPage';
import { ProfileSettingsPage } from '../pages/ProfileSettingsPage';
import { SettingsPage } from '../pages/SettingsPage';
import { TicketPage } from '../pages/TicketPage';
import { TicketsPage } from '../pages/TicketsPage';
import { TokensSettingsPage } from '../pages/TokensSettingsPage';
import { UsersSettingsPage } from '../pages/UsersSettingsPage';
import { RequireAuth } from './RequireAuth';
import { RouteErrorPage } from './RouteErrorPage';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    element: <RequireAuth />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        element: <AppFrame />,
        children: [
          {
            errorElement: <RouteErrorPage />,
            children: [
              { index: true, element: <OverviewPage /> },
              { path: 'deployments', element: <DeploymentsPage /> },
              { path: 'deployments/new', element: <NewDeploymentPage /> },
              { path: 'deployments/:namespace/:name', element: <DeploymentPage /> },
              { path: 'catalog', element: <CatalogPage /> },
              { path: 'incidents', element: <IncidentsPage /> },
              { path: 'incidents/:id', element: <IncidentPage /> },
              { path: 'oncall', element: <Navigate to="schedules" replace /> },
              { path: 'oncall/schedules', element: <OnCallPage /> },
              { path: 'oncall/schedules/:id', element: <OnCallSchedulePage /> },
              { path: 'oncall/policies', element: <EscalationPoliciesPage /> },
              { path: 'tickets', element: <TicketsPage /> },
              { path: 'tickets/:id', element: <TicketPage /> },
              { path: 'costs', element: <CostsPage /> },
              { path: 'audit', element: <AuditPage /> },
              {
                path: 'settings',
                element: <SettingsPage />,
                children: [
                  { index: true, element: <Navigate to="tokens" replace /> },
                  { path: 'users', element: <UsersSettingsPage /> },
                  { path: 'tokens', element: <TokensSettingsPage /> },
                  { path: 'notifications', element: <NotificationsSettingsPage /> },
                  { path: 'profile', element: <ProfileSettingsPage /> },
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
