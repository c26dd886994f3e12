// The default bundle is imported as a JSON module and validated at run time by parseBundle, so its static type is
// `unknown` on purpose: the schema, not the file, is the source of truth for the Bundle type.
declare module '*.json' {
  const value: unknown;
  export default value;
}
