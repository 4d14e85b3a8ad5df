'use client';

import { createContext, useContext } from 'react';
import type { OperatorViewerFields, ResultOf } from '@casinox/web';
import type { Role } from './permissions';

export type Viewer = ResultOf<typeof OperatorViewerFields>;
export type Membership = Viewer['memberships'][number];

export interface ViewerContextValue {
  viewer: Viewer;
  /** Tenant the current access token acts in (null for a platform admin outside any tenant). */
  tenantId: string | null;
  currentMembership: Membership | null;
  role: Role | null;
  platformAdmin: boolean;
}

export const ViewerContext = createContext<ViewerContextValue | null>(null);

export function useViewer(): ViewerContextValue {
  const value = useContext(ViewerContext);
  if (!value) throw new Error('useViewer must be used inside the console.');
  return value;
}
