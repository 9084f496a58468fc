/**
 * One key hierarchy per resource (Medusa's `queryKeysFactory`): `all` ⊃ `lists()` ⊃ `list(params)`
 * and `all` ⊃ `details()` ⊃ `detail(id)`, so a mutation invalidates exactly the prefix it changed.
 * A feature adds its own children under these (`[...keys.detail(id), 'history']`).
 */
export function queryKeysFactory<const Root extends string, ListParams = object>(root: Root) {
  return {
    all: [root] as const,
    lists: () => [root, 'list'] as const,
    list: (params: ListParams) => [root, 'list', params] as const,
    details: () => [root, 'detail'] as const,
    detail: (id: string) => [root, 'detail', id] as const,
  };
}
