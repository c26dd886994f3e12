/**
 * Our XSS corpus: every payload that could run calls `__xss(n)` (the tripwire) when it runs. Each is short enough
 * for the shortest text field (80 characters), so it reaches the page instead of failing validation.
 */
export const XSS_PAYLOADS: readonly string[] = [
  // Markup and event handlers
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '<svg><script>__xss(4)</script></svg>',
  '<body onload=__xss(5)>',
  '<iframe src="javascript:__xss(6)"></iframe>',
  '<iframe srcdoc="<script>parent.__xss(7)</script>">',
  '<details open ontoggle=__xss(8)>',
  '<input autofocus onfocus=__xss(9)>',
  '<video><source onerror=__xss(10)></video>',
  '<audio src=x onerror=__xss(11)>',
  '<marquee onstart=__xss(12)>',
  '<object data="javascript:__xss(13)">',
  '<embed src="javascript:__xss(14)">',
  '<a href="javascript:__xss(15)">click</a>',
  '<form action="javascript:__xss(16)"><button>go</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(17)>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(18)>">',
  '<template><img src=x onerror=__xss(19)></template>',
  '<div style="background:url(javascript:__xss(20))">',
  '"><img src=x onerror=__xss(21)>',
  "'><svg onload=__xss(22)>",
  '</textarea><script>__xss(23)</script>',
  '</title><script>__xss(24)</script>',
  '</style><script>__xss(25)</script>',
  '--><script>__xss(26)</script>',
  ']]><script>__xss(27)</script>',
  '<scr<script>ipt>__xss(28)</scr</script>ipt>',
  '<IMG SRC=x OnErRoR=__xss(29)>',
  '<img src=x onerror="&#95;&#95;xss(30)">',
  '<img src=x onerror=\\u005f_xss(31)>',
  '<img/src/onerror=__xss(32)>',
  '<svg/onload=__xss`33`>',
  '<link rel=import href="data:text/html,<script>__xss(34)</script>">',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(35)">',
  '<base href="javascript:__xss(36)//">',
  '<slot name=x onslotchange=__xss(37)></slot>',
  '<button popovertarget=x>x</button><div popover id=x onbeforetoggle=__xss(38)>',
  // Schemes, plain and obfuscated
  'javascript:__xss(39)',
  'JaVaScRiPt:__xss(40)',
  ' javascript:__xss(41)',
  'java\tscript:__xss(42)',
  'java&#x09;script:__xss(43)',
  '&#106;avascript:__xss(44)',
  'javascript&colon;__xss(45)',
  'data:text/html,<script>__xss(46)</script>',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcyg0Nyk8L3NjcmlwdD4=',
  'vbscript:__xss(48)',
  'VBScript:MsgBox(49)',
  '//javascript:__xss(50)',
  'https://evil.example/"onmouseover="__xss(51)',
  'http://x/<script>__xss(52)</script>',
  // CSS breakouts
  '</style><style>*{background:url(javascript:__xss(53))}</style>',
  '}*{background:red}{',
  'expression(__xss(55))',
  '@import "javascript:__xss(56)";',
  // Template and framework syntax
  '${__xss(57)}',
  '{{__xss(58)}}',
  '<!--?lit$123$-->__xss(59)',
  '$lit$__xss(60)',
  '<?xml version="1.0"?><x onload="__xss(61)"/>',
  '\u202e<img src=x onerror=__xss(62)>',
  '\u0000<script>__xss(63)</script>',
  '__proto__',
  'constructor',
];

/** The tripwire: payloads that run call it. */
export function armTripwire(): number[] {
  const hits: number[] = [];
  (globalThis as unknown as { __xss: (n: number) => void }).__xss = (n) => hits.push(n);
  return hits;
}
