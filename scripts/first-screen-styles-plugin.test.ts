import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIRST_SCREEN_STYLES,
  firstScreenStyleTag,
  namesOf,
  rulesOf,
} from './first-screen-styles-plugin';

const FILE = `/*
 * A header, with .css-notaname in it.
 */
.css-1abc{display:flex;}
.css-1abc:hover{color:red;}
@media (min-width:900px){.css-2def{padding:8px;}}
@container (width < 600px){.css-3ghi .css-1abc{display:none;}}
@keyframes animation-4jkl{0%{opacity:0;}100%{opacity:1;}}
.css-5mno-MuiButton-root{margin:0;}
`;

describe('the first screen’s styles', () => {
  it('reads one rule a line, after the header', () => {
    expect(rulesOf(FILE)).toHaveLength(6);
    expect(rulesOf(FILE)[0]).toBe('.css-1abc{display:flex;}');
  });

  it('names what emotion registers: each class once, keyframes as their animation', () => {
    // A labelled class (a development build's) is not one of a production build's names.
    expect(namesOf(rulesOf(FILE))).toEqual(['1abc', '2def', '3ghi', 'animation-4jkl']);
  });

  it('is a style element emotion adopts, with the page’s nonce', () => {
    const tag = firstScreenStyleTag(rulesOf(FILE));
    expect(tag?.tag).toBe('style');
    expect(tag?.attrs).toEqual({
      'data-emotion': 'css 1abc 2def 3ghi animation-4jkl',
      nonce: 'UPSHIFT_CSP_NONCE',
    });
    expect(tag?.children).toBe(rulesOf(FILE).join(''));
    expect(firstScreenStyleTag([])).toBeNull();
  });

  it('is written for this console: every rule names a class or an animation', () => {
    const rules = rulesOf(readFileSync(FIRST_SCREEN_STYLES, 'utf8'));
    expect(rules.length).toBeGreaterThan(100);
    for (const rule of rules) expect(namesOf([rule]), rule).not.toHaveLength(0);
  });
});
