import type { ErrorCode, YAMLError } from 'yaml';

/**
 * The `yaml` package's parse errors in the words an operator editing global.yaml would use. Its
 * own messages are matched, never shown: some quote the text ("Unexpected …", a tag's name).
 */
const byCode: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'an alias (*) cannot also have an anchor (&) or a tag (!)',
  BAD_ALIAS: 'this alias (*) or anchor (&) has no usable name',
  BAD_COLLECTION_TYPE: 'this tag (!) does not fit this kind of value',
  BAD_DIRECTIVE: 'this % directive is not understood',
  BAD_DQ_ESCAPE: 'this escape sequence (\\) is not valid in "double quotes"',
  BAD_INDENT: 'this line is not indented like the lines it belongs with',
  BAD_PROP_ORDER: 'an anchor (&) or tag (!) is in the wrong place',
  BAD_SCALAR_START: 'a value cannot start with this character: put the value in quotes',
  BLOCK_AS_IMPLICIT_KEY: 'only one "key: value" fits on a line: check the colons and indentation',
  BLOCK_IN_FLOW: 'indented lines cannot go inside [ ] or { }',
  DUPLICATE_KEY: 'this key is already set above, in the same mapping',
  IMPOSSIBLE: 'this part could not be read',
  KEY_OVER_1024_CHARS: 'a key cannot be longer than 1024 characters',
  MISSING_CHAR: 'something is missing here: check the quotes, brackets and colons',
  MULTILINE_IMPLICIT_KEY:
    'a key must fit on one line: check the colon after it and the indentation',
  MULTIPLE_ANCHORS: 'a value can have only one anchor (&)',
  MULTIPLE_DOCS: 'global.yaml holds one document: remove the extra "---" line',
  MULTIPLE_TAGS: 'a value can have only one tag (!)',
  NON_STRING_KEY: 'keys must be plain text',
  RESOURCE_EXHAUSTION: 'this is nested too deeply to read',
  TAB_AS_INDENT: 'a tab is not allowed for indentation: indent with spaces',
  TAG_RESOLVE_FAILED: 'this tag (!) is not known',
  UNEXPECTED_TOKEN: 'unexpected text here: check the quotes, colons and indentation',
};

/** Errors one code covers that read better apart, recognised by yaml's own message. */
const byMessage: [RegExp, string][] = [
  [/^Missing closing "quote/, 'a "double-quoted" value is missing its closing quote'],
  [/^Missing closing 'quote/, "a 'single-quoted' value is missing its closing quote"],
  [/end with a \]/, 'a list opened with [ is not closed with ]'],
  [/end with a \}/, 'a mapping opened with { is not closed with }'],
  [/^Implicit map keys need to be followed by map values/, 'this key has no colon (:) after it'],
  [/^Missing space after :/, 'put a space after the colon (:)'],
  [/^Comments must be separated/, 'put a space before the # of a comment'],
  [/^Sequence item without - indicator/, 'a list item needs a "- " in front of it'],
  [/^All (mapping|sequence) items must start at the same column/, byCode.BAD_INDENT],
  [/^Missing , /, 'a comma is missing between two items inside [ ] or { }'],
  [/^Unexpected , /, 'an unexpected comma'],
];

/** A code a later version of `yaml` adds is still answered. */
const known: Partial<Record<string, string>> = byCode;

export function yamlErrorWording(error: Pick<YAMLError, 'code' | 'message'>): string {
  const special = byMessage.find(([pattern]) => pattern.test(error.message));
  return special ? special[1] : (known[error.code] ?? 'this part could not be read');
}
