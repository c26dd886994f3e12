#!/usr/bin/env node
// summit-kit <verb> …: each verb lives in its own module beside this one; this file only dispatches.
const verbs = {
  validate: './validate.js',
  render: './render.js',
  'embed-url': './embed-url.js',
};

const verb = process.argv[2];
const module = verb ? verbs[verb] : undefined;
if (!module) {
  console.error(`usage: summit-kit <${Object.keys(verbs).join(' | ')}> …`);
  process.exit(2);
}
await import(module);
