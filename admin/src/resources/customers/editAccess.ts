import { useMemo } from 'react';
import { widestScope, type DataScope } from '@dossier/shared';
import { useGqlQuery } from '../dictionaries/gql';
import { usePermission } from '../access/shared';
import { CUSTOMER_MY_GRANTS_QUERY, CUSTOMER_VIEWER_QUERY } from './queries';

/**
 * Whether the signed-in user may edit a customer they can read:
 * - `edit`: a path the console can see gives EDIT (ALL or department scope, owner, EDIT member,
 *   an active EDIT grant from one of their own access requests);
 * - `read`: the only paths the console can see give READ (a READ member, an active READ grant
 *   from their own request), so editing would be refused;
 * - `unknown`: the user reads it some other way (a grant made without a request, a territory
 *   rule) whose level the API does not tell them; the edit actions stay and the server decides;
 * - `none`: no `customer.update`;
 * - `loading`.
 * The server enforces edit access on every write; this only decides what the console offers.
 */
export type EditAccess = 'edit' | 'read' | 'unknown' | 'none' | 'loading';

interface CustomerAccessFacts {
  id: string;
  ownerId?: string | null;
  departmentId?: string | null;
  members: readonly { userId: string; level: string }[];
}

function subtree(departments: readonly { id: string; parentId?: string | null }[], root: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const department of departments) {
    if (!department.parentId) continue;
    children.set(department.parentId, [...(children.get(department.parentId) ?? []), department.id]);
  }
  const ids = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (ids.has(id)) continue;
    ids.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return ids;
}

export function useCustomerEditAccess(customer: CustomerAccessFacts | undefined): EditAccess {
  const permission = usePermission();
  const mayUpdate = permission.has('customer.update');
  const viewer = useGqlQuery(CUSTOMER_VIEWER_QUERY, { paging: { limit: 200 } }, { enabled: mayUpdate });
  const mine = useGqlQuery(CUSTOMER_MY_GRANTS_QUERY, { customerId: customer?.id ?? '' }, { enabled: mayUpdate && !!customer });
  return useMemo(() => {
    if (!permission.loaded) return 'loading';
    if (!mayUpdate) return 'none';
    if (!customer || !viewer.data || !mine.data) return 'loading';
    const me = viewer.data.me;
    const scope = widestScope(me.roles.map((role) => role.dataScope as DataScope));
    if (scope === 'ALL') return 'edit';
    if (customer.ownerId && customer.ownerId === me.id) return 'edit';
    if (me.departmentId && customer.departmentId) {
      if (scope === 'DEPT' && customer.departmentId === me.departmentId) return 'edit';
      if (scope === 'DEPT_AND_BELOW' && subtree(viewer.data.departments.nodes, me.departmentId).has(customer.departmentId)) return 'edit';
    }
    const member = customer.members.find((entry) => entry.userId === me.id);
    if (member?.level === 'EDIT') return 'edit';
    const grants = mine.data.accessRequests.nodes.flatMap((request) => (request.grant?.active ? [request.grant] : []));
    if (grants.some((grant) => grant.level === 'EDIT')) return 'edit';
    return member || grants.length > 0 ? 'read' : 'unknown';
  }, [permission.loaded, mayUpdate, customer, viewer.data, mine.data]);
}
