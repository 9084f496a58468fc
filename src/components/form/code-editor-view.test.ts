import fc from 'fast-check';
import { replacement } from './code-editor-view';

const apply = (text: string, { from, to, insert }: ReturnType<typeof replacement>) =>
  `${text.slice(0, from)}${insert}${text.slice(to)}`;

describe('replacement', () => {
  it('changes only the middle that differs', () => {
    expect(replacement('a: 1\nb: 2\n', 'a: 1\nc: 3\nb: 2\n')).toEqual({
      from: 5,
      to: 5,
      insert: 'c: 3\n',
    });
    expect(replacement('same', 'same')).toEqual({ from: 4, to: 4, insert: '' });
  });

  it('always turns the current text into the next one', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (current, next) => {
        const change = replacement(current, next);
        expect(change.from).toBeLessThanOrEqual(change.to);
        expect(apply(current, change)).toBe(next);
      }),
    );
  });
});
