import type { ReactNode } from 'react';
import type { Permission } from '@/contract/identity';
import { useSignedInUser } from './current-user-context';
import { ProfileUnavailable } from './profile-unavailable';

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
  const allowed = usePermission(permission);
  if (allowed) return children;
  return fallback === null ? null : <PermissionDenied>{fallback}</PermissionDenied>;
}

interface PermissionDeniedProps {
  /** What a person without the permission is told, e.g. "Rolling back needs the Administrator role." */
  children: ReactNode;
  /** Shown instead while the profile failed to load; by default a note with Retry. */
  unknown?: ReactNode;
  /** The note replaces a whole page (e.g. a wizard): it brings the page's h1. */
  page?: boolean;
}

/**
 * Wraps every "you can't, this needs role X" explanation. When the profile failed to load
 * nobody knows the person's roles (an administrator must not be told they lack theirs), so it
 * says the profile could not be loaded, with Retry, and nothing about roles.
 */
export function PermissionDenied({ children, unknown, page = false }: PermissionDeniedProps) {
  const { profileError } = useSignedInUser();
  if (!profileError) return children;
  return unknown === undefined ? <ProfileUnavailable page={page} /> : unknown;
}
