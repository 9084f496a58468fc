import type { ReactNode } from 'react';
import type { Permission } from '@/contract/identity';
import { useSignedInUser } from './current-user-context';

/** False until the current user is known, so mutating controls never flash into view. */
export function usePermission(permission: Permission): boolean {
  const { user } = useSignedInUser();
  return user?.permissions.includes(permission) ?? false;
}

interface CanProps {
  permission: Permission;
  children: ReactNode;
  /** Rendered instead when the permission is missing (e.g. a read-only hint). */
  fallback?: ReactNode;
}

/** Renders its children only for people holding `permission`; the API still enforces it. */
export function Can({ permission, children, fallback = null }: CanProps) {
  return usePermission(permission) ? children : fallback;
}
