import { AccessForm, accessUpdateOf, changedAccessFields, formFieldOf } from './access-form';

const alex = { id: 'u-admin', name: 'Alex Morgan', roles: ['ACTIVITI_ADMIN'] };
const sofia = { id: 'u-sofia', name: 'Sofia Lindqvist', roles: ['ACTIVITI_USER'] };
const hrUsers = { id: 'g-hr-users', name: 'hr-users', roles: ['ACTIVITI_USER'] };
const empty = { adminUsers: [], adminGroups: [], userUsers: [], userGroups: [] };

describe('the Manage access form', () => {
  it.each([
    ['admins.users.1', 'adminUsers.1'],
    ['admins.groups.0', 'adminGroups.0'],
    ['users.users.12', 'userUsers.12'],
    ['users.groups', 'userGroups'],
    ['comment', 'comment'],
    ['revision', undefined],
    ['admins.users.x', undefined],
  ])('puts the body field %s on the form field %s', (body, form) => {
    expect(formFieldOf(body)).toBe(form);
  });

  it('refuses admins without ACTIVITI_ADMIN with the rule the simulator applies', () => {
    const result = AccessForm.safeParse({
      ...empty,
      adminUsers: [alex, sofia],
      adminGroups: [hrUsers],
      userUsers: [sofia],
      comment: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'adminUsers.1',
        'Sofia Lindqvist does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
      ],
      [
        'adminGroups.0',
        'hr-users does not hold the ACTIVITI_ADMIN role, so cannot be an administrator.',
      ],
    ]);
  });

  it('builds the body with ids, the revision read and a trimmed comment only when given', () => {
    const values = { ...empty, adminUsers: [alex], userGroups: [hrUsers], comment: '  ' };
    expect(accessUpdateOf(values, 4)).toEqual({
      revision: 4,
      admins: { users: ['u-admin'], groups: [] },
      users: { users: [], groups: ['g-hr-users'] },
    });
    expect(accessUpdateOf({ ...values, comment: ' Why ' }, 4).comment).toBe('Why');
  });

  it('counts a different set of ids as a change, not a different order', () => {
    const stored = { ...empty, userUsers: [alex, sofia] };
    expect(changedAccessFields({ ...empty, userUsers: [sofia, alex] }, stored)).toEqual([]);
    expect(changedAccessFields({ ...empty, userUsers: [alex] }, stored)).toEqual(['userUsers']);
    expect(changedAccessFields({ ...stored, adminUsers: [alex] }, stored)).toEqual(['adminUsers']);
  });
});
