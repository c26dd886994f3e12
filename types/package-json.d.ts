// package.json is read for its version alone (named import, so the build keeps nothing else of it).
declare module '*/package.json' {
  export const version: string;
}
