/**
 * Calls `fn` for each node of `tree`, the tree itself first, in document order, as unist-util-visit does
 * without its extras (parents, skip, exit): the checks walk every page's tree several times, and a plain
 * loop took a tenth of the time visit() took, which was over half of `npm run check:content`.
 */
interface Node {
  type: string;
  children?: readonly Node[];
}

export function eachNode<N extends Node>(tree: N, fn: (node: N) => void): void {
  fn(tree);
  const children = tree.children as readonly N[] | undefined;
  if (children) for (const child of children) eachNode(child, fn);
}

/** Calls `fn` for each node of `tree` of the given type, in document order. */
export function eachOfType<N extends Node, T extends string>(
  tree: N,
  type: T,
  fn: (node: Extract<N, { type: T }>) => void,
): void {
  eachNode(tree, (node) => {
    if (node.type === type) fn(node as Extract<N, { type: T }>);
  });
}
