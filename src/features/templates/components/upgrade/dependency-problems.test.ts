import { refusalOf } from '../../refusals';
import { dependencyProblems } from './dependency-problems';

describe('dependencyProblems', () => {
  it('puts the server refusal at each component whose dependency would be missing', () => {
    const { message } = refusalOf('dependency-missing', {
      pairs: 'web depends on redis; api depends on redis, which would not be there',
    });
    const problems = dependencyProblems(message);
    expect(Object.keys(problems)).toEqual(['web', 'api']);
    expect(problems.web).toBe(
      'web depends on redis, which would not be there: pick redis too, or leave web out.',
    );
  });

  it('finds nothing in other refusals', () => {
    expect(dependencyProblems('An upgrade is still running')).toEqual({});
    expect(dependencyProblems(undefined)).toEqual({});
  });
});
