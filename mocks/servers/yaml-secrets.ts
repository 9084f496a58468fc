import { isPair, isScalar, isSeq, parseDocument, visit, type Scalar } from 'yaml';
import { isSecretKey, SECRET_MASK } from '@/contract/secrets';

type Path = (string | number)[];

/** Every scalar value under a secret-looking key, with its path of keys. */
function secretScalars(yaml: string): {
  doc: ReturnType<typeof parseDocument>;
  found: { path: Path; node: Scalar }[];
} {
  const doc = parseDocument(yaml);
  const found: { path: Path; node: Scalar }[] = [];
  visit(doc, {
    Pair(_, pair, ancestors) {
      if (!isScalar(pair.key) || !isScalar(pair.value)) return;
      const key = String(pair.key.value);
      if (!isSecretKey(key)) return;
      const path: Path = [];
      ancestors.forEach((node, i) => {
        if (isPair(node) && isScalar(node.key)) path.push(String(node.key.value));
        const next = ancestors[i + 1] ?? pair;
        if (isSeq(node)) path.push(node.items.indexOf(next));
      });
      found.push({ path: [...path, key], node: pair.value });
    },
  });
  return { doc, found };
}

/**
 * global.yaml as every caller reads it: the value of each secret-looking key (an SMTP password,
 * a token) is the mask, as everywhere in the API (ADR 0010). Comments and layout are kept.
 */
export function maskYamlSecrets(yaml: string): string {
  const { doc, found } = secretScalars(yaml);
  if (found.length === 0) return yaml;
  for (const { node } of found) node.value = SECRET_MASK;
  return doc.toString();
}

/** A saved text's masks mean "unchanged": each takes the stored value at the same path. */
export function restoreYamlSecrets(yaml: string, stored: string): string {
  const { doc, found } = secretScalars(yaml);
  const masked = found.filter(({ node }) => node.value === SECRET_MASK);
  if (masked.length === 0) return yaml;
  const before = parseDocument(stored);
  for (const { path, node } of masked) {
    const value: unknown = before.getIn(path);
    node.value = typeof value === 'string' || typeof value === 'number' ? value : '';
  }
  return doc.toString();
}
