// summit-kit embed-url: prints the iframe embed URL, the snippet to paste and an oEmbed response for one element.
import { EmbedError, embedCode } from '../dist/embed/oembed.js';

export const USAGE = `usage: summit-kit embed-url <element> [attribute=value | boolean-attribute …] --base <url of dist/embed/>
       [--corrections <endpoint>] [--title <text>] [--width <px>] [--height <px>] [--provider <name>] [--script] [--json]
  e.g. summit-kit embed-url quote-card quote=daly-peacemaker variant=pull --base https://cdn.example.com/summit-kit/embed/`;

const OPTIONS = new Set(['base', 'corrections', 'title', 'width', 'height', 'provider']);
const FLAGS = new Set(['script', 'json']);

/** Reads the arguments after `embed-url`; returns the options, or a string explaining the mistake. */
function parseArgs(args) {
  const options = { attributes: {} };
  const flags = new Set();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      if (FLAGS.has(name)) flags.add(name);
      else if (OPTIONS.has(name) && i + 1 < args.length) options[name] = args[++i];
      else return OPTIONS.has(name) ? `--${name} needs a value` : `unknown option ${arg}`;
    } else if (options.element === undefined) options.element = arg;
    else {
      const at = arg.indexOf('=');
      const name = at < 0 ? arg : arg.slice(0, at);
      if (Object.hasOwn(options.attributes, name)) return `${name} is given more than once`;
      options.attributes[name] = at < 0 ? true : arg.slice(at + 1);
    }
  }
  if (!options.element) return 'name the element to embed';
  if (!options.base) return '--base is required: the http(s) URL where dist/embed/ is hosted';
  for (const name of ['width', 'height']) {
    if (options[name] === undefined) continue;
    if (!/^\d+$/.test(options[name])) return `--${name} must be a whole number of pixels`;
    options[name] = Number(options[name]);
  }
  if (options.provider !== undefined) options.providerName = options.provider;
  delete options.provider;
  options.script = flags.has('script');
  return { options, json: flags.has('json') };
}

/** Runs the verb; returns the exit code (0 printed, 1 the embed page would refuse it, 2 usage). */
export function main(args) {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    console.error(`summit-kit embed-url: ${parsed}\n${USAGE}`);
    return 2;
  }
  let code;
  try {
    code = embedCode(parsed.options);
  } catch (error) {
    if (!(error instanceof EmbedError)) throw error;
    if (parsed.json) console.log(JSON.stringify({ ok: false, issues: error.issues }, null, 2));
    else for (const { message } of error.issues) console.error(message);
    return 1;
  }
  if (parsed.json) console.log(JSON.stringify({ ok: true, ...code }, null, 2));
  else console.log(`${code.url}\n\n${code.html}\n\n${JSON.stringify(code.oembed, null, 2)}`);
  return 0;
}

process.exitCode = main(process.argv.slice(3));
