import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RequireSignIn, RequireRole } from './guards';
import type { Role } from '@/lib/auth';

// Each feature is its own chunk: a reporter never downloads the coordinators' dashboards.
const NotFoundPage = lazy(() => import('./NotFoundPage'));
const SignInPage = lazy(() => import('@/features/auth/SignInPage'));
const OverviewPage = lazy(() => import('@/features/overview/OverviewPage'));
const PlansPage = lazy(() => import('@/features/plans/PlansPage'));
const PlanPage = lazy(() => import('@/features/plans/PlanPage'));
const PlanImportPage = lazy(() => import('@/features/plans/PlanImportPage'));
const CompletenessPage = lazy(() => import('@/features/reports/CompletenessPage'));
const AttainmentPage = lazy(() => import('@/features/reports/AttainmentPage'));
const ReviewQueuePage = lazy(() => import('@/features/reviews/ReviewQueuePage'));
const ReviewPage = lazy(() => import('@/features/reviews/ReviewPage'));
const MyUnitPage = lazy(() => import('@/features/my-unit/MyUnitPage'));
const SubmissionEditPage = lazy(() => import('@/features/my-unit/SubmissionEditPage'));
const TaskAssignmentPage = lazy(() => import('@/features/tasks/TaskAssignmentPage'));
const MyAssessmentsPage = lazy(() => import('@/features/assessments/MyAssessmentsPage'));
const SelfAssessmentPage = lazy(() => import('@/features/assessments/SelfAssessmentPage'));
const AssessmentQueuePage = lazy(() => import('@/features/assessments/AssessmentQueuePage'));
const AppraisalPage = lazy(() => import('@/features/assessments/AppraisalPage'));
const RatingsPage = lazy(() => import('@/features/reports/RatingsPage'));
const ModelsPage = lazy(() => import('@/features/models/ModelsPage'));
const OrgUnitsPage = lazy(() => import('@/features/admin/OrgUnitsPage'));
const AccountsPage = lazy(() => import('@/features/admin/AccountsPage'));
const ApiTokensPage = lazy(() => import('@/features/admin/ApiTokensPage'));

const OFFICE: Role[] = ['COORDINATOR', 'LEADER', 'ADMIN'];

function guarded(roles: Role[], element: React.ReactNode) {
  return <RequireRole roles={roles}>{element}</RequireRole>;
}

export const routes: RouteObject[] = [
  {
    path: '/signin',
    element: (
      <Suspense fallback={null}>
        <SignInPage />
      </Suspense>
    ),
  },
  {
    path: '/',
    element: <RequireSignIn />,
    children: [
      { index: true, element: <RequireRole roles={['ADMIN', 'COORDINATOR', 'LEADER', 'REPORTER']} home /> },
      { path: 'overview', element: guarded(OFFICE, <OverviewPage />) },
      { path: 'plans', element: guarded(OFFICE, <PlansPage />) },
      { path: 'plans/import', element: guarded(['COORDINATOR'], <PlanImportPage />) },
      { path: 'plans/:planId', element: guarded(OFFICE, <PlanPage />) },
      { path: 'plans/:planId/completeness', element: guarded(OFFICE, <CompletenessPage />) },
      { path: 'plans/:planId/attainment', element: guarded(OFFICE, <AttainmentPage />) },
      { path: 'reviews', element: guarded(['COORDINATOR'], <ReviewQueuePage />) },
      { path: 'submissions/:submissionId', element: guarded(['COORDINATOR', 'LEADER', 'ADMIN'], <ReviewPage />) },
      { path: 'my-unit', element: guarded(['REPORTER'], <MyUnitPage />) },
      { path: 'my-unit/submissions/:submissionId', element: guarded(['REPORTER'], <SubmissionEditPage />) },
      { path: 'task-assignments/:assignmentId', element: guarded(['COORDINATOR', 'LEADER', 'ADMIN', 'REPORTER'], <TaskAssignmentPage />) },
      { path: 'my-unit/assessments', element: guarded(['REPORTER'], <MyAssessmentsPage />) },
      { path: 'my-unit/assessments/:assessmentId', element: guarded(['REPORTER'], <SelfAssessmentPage />) },
      { path: 'assessments', element: guarded(OFFICE, <AssessmentQueuePage />) },
      { path: 'assessments/:assessmentId', element: guarded(OFFICE, <AppraisalPage />) },
      { path: 'ratings', element: guarded(OFFICE, <RatingsPage />) },
      { path: 'models', element: guarded(['COORDINATOR', 'LEADER', 'ADMIN', 'REPORTER'], <ModelsPage />) },
      { path: 'org-units', element: guarded(['ADMIN', 'COORDINATOR'], <OrgUnitsPage />) },
      { path: 'accounts', element: guarded(['ADMIN'], <AccountsPage />) },
      { path: 'api-tokens', element: guarded(['ADMIN'], <ApiTokensPage />) },
      { path: 'home', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createRouter() {
  return createBrowserRouter(routes);
}
