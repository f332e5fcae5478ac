/** The installed package directory a file belongs to: the path up to its last `node_modules/<name>` (scoped or not). */
export function packageDirOf(filePath: string): string | undefined {
  const matches = [
    ...filePath
      .split('\\')
      .join('/')
      .matchAll(/(?:^|\/)node_modules\/(?:@[^/]+\/)?[^/]+/g),
  ];
  const last = matches.at(-1);
  return last ? filePath.slice(0, last.index + last[0].length) : undefined;
}
