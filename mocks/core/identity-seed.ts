import type { ConsoleRole, Group, Role, User } from '@/contract/identity';

export const roles: Role[] = [
  {
    name: 'ACTIVITI_ADMIN',
    description: 'May administer deployed applications and be made their administrator',
  },
  {
    name: 'ACTIVITI_USER',
    description: 'May use deployed applications: start processes, claim tasks',
  },
  { name: 'ACTIVITI_MODELER', description: 'May model projects and release their versions' },
  { name: 'UPSHIFT_ADMINISTRATOR', description: 'Runs upgrades in the console' },
  {
    name: 'UPSHIFT_OPERATOR',
    description: 'Switches self-hosted app versions and upgrades servers',
  },
  {
    name: 'UPSHIFT_PRODUCT_OWNER',
    description: 'Reviews what an upgrade will change before it is applied',
  },
  { name: 'UPSHIFT_VIEWER', description: 'Reads everything, changes nothing' },
];

function person(
  id: string,
  username: string,
  name: string,
  userRoles: string[],
  groupIds: string[] = [],
): User {
  return { id, username, name, email: `${username}@spacetech.example`, roles: userRoles, groupIds };
}

/** The four people the standalone user switcher offers, one per console role. */
export const personas: { userId: string; consoleRole: ConsoleRole }[] = [
  { userId: 'u-admin', consoleRole: 'UPSHIFT_ADMINISTRATOR' },
  { userId: 'u-operator', consoleRole: 'UPSHIFT_OPERATOR' },
  { userId: 'u-product-owner', consoleRole: 'UPSHIFT_PRODUCT_OWNER' },
  { userId: 'u-viewer', consoleRole: 'UPSHIFT_VIEWER' },
];

export function seedUsers(): User[] {
  return [
    person(
      'u-admin',
      'alex.morgan',
      'Alex Morgan',
      ['UPSHIFT_ADMINISTRATOR', 'ACTIVITI_ADMIN', 'ACTIVITI_USER'],
      ['g-platform-admins'],
    ),
    person(
      'u-operator',
      'olivia.park',
      'Olivia Park',
      ['UPSHIFT_OPERATOR', 'ACTIVITI_USER'],
      ['g-operations'],
    ),
    person(
      'u-product-owner',
      'priya.shah',
      'Priya Shah',
      ['UPSHIFT_PRODUCT_OWNER', 'ACTIVITI_USER'],
      ['g-product'],
    ),
    person('u-viewer', 'victor.lee', 'Victor Lee', ['UPSHIFT_VIEWER'], ['g-auditors']),
    person(
      'u-hannah',
      'hannah.okafor',
      'Hannah Okafor',
      ['ACTIVITI_ADMIN', 'ACTIVITI_USER'],
      ['g-hr-admins'],
    ),
    person(
      'u-mateo',
      'mateo.rossi',
      'Mateo Rossi',
      ['ACTIVITI_ADMIN', 'ACTIVITI_USER'],
      ['g-platform-admins'],
    ),
    person('u-sofia', 'sofia.lindqvist', 'Sofia Lindqvist', ['ACTIVITI_USER'], ['g-hr-users']),
    person('u-ken', 'ken.watanabe', 'Ken Watanabe', ['ACTIVITI_USER'], ['g-finance-users']),
    person(
      'u-amara',
      'amara.diallo',
      'Amara Diallo',
      ['ACTIVITI_USER', 'ACTIVITI_MODELER'],
      ['g-product'],
    ),
    person(
      'u-lukas',
      'lukas.becker',
      'Lukas Becker',
      ['ACTIVITI_USER'],
      ['g-finance-users', 'g-hr-users'],
    ),
    person('u-nadia', 'nadia.haddad', 'Nadia Haddad', ['ACTIVITI_ADMIN'], ['g-hr-admins']),
    person('u-tom', 'tom.fischer', 'Tom Fischer', ['ACTIVITI_USER'], []),
  ];
}

export function seedGroups(users: User[]): Group[] {
  const groups: Omit<Group, 'memberIds'>[] = [
    { id: 'g-platform-admins', name: 'platform-admins', roles: ['ACTIVITI_ADMIN'] },
    { id: 'g-hr-admins', name: 'hr-admins', roles: ['ACTIVITI_ADMIN'] },
    { id: 'g-hr-users', name: 'hr-users', roles: ['ACTIVITI_USER'] },
    { id: 'g-finance-users', name: 'finance-users', roles: ['ACTIVITI_USER'] },
    { id: 'g-operations', name: 'operations', roles: ['ACTIVITI_USER'] },
    { id: 'g-product', name: 'product', roles: ['ACTIVITI_USER'] },
    { id: 'g-auditors', name: 'auditors', roles: [] },
  ];
  return groups.map((g) => ({
    ...g,
    memberIds: users.filter((u) => u.groupIds.includes(g.id)).map((u) => u.id),
  }));
}
