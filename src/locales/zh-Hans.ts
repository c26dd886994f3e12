import type { SummitErrorCode } from '../data/errors.js';
import type { SendProblem, SourceKind, SummitTerms } from './en.js';

const errors: Record<SummitErrorCode, string> = {
  'invalid-bundle': '数据有误，无法显示。',
  'invalid-json': '数据文件不是 JSON 格式。',
  'http-error': '服务器未能返回数据。',
  'network-error': '无法连接服务器，请检查网络连接。',
  timeout: '数据加载超时，请刷新页面重试。',
  'unknown-id': '数据中找不到这项内容。',
  'no-bundle': '没有可显示的数据。',
  'correction-failed': '更正建议未能发送。',
  'too-large': '数据文件过大。',
  'invalid-url': '数据地址无效：只接受 http 或 https 地址。',
  'invalid-embed': '嵌入参数有误。',
};

const problems: Record<SendProblem, (status: number) => string> = {
  http: (status) => `服务器错误（HTTP ${status}）`,
  network: () => '无法连接服务器',
  timeout: (seconds) => `服务器在 ${seconds} 秒内没有响应`,
  endpoint: () => '提交地址必须以 http:// 或 https:// 开头',
};

const kinds: Record<SourceKind, string> = { quote: '引语', takeaway: '要点', element: '段落' };

/**
 * Simplified Chinese, registered as `zh` (the library looks up `zh-CN`, then `zh`), marked `zh-Hans`. Takeaways are
 * 要点 counted with 条; full-width punctuation; quotation marks “ ” as mainland newspapers print them.
 */
const zhHans: SummitTerms = {
  $code: 'zh',
  $name: '简体中文',
  $dir: 'ltr',
  $lang: 'zh-Hans',

  loading: '正在加载…',
  errorTitle: '内容暂时无法显示。',
  error: (code) => errors[code],
  labelSeparator: '：',

  copyQuote: '复制引语',
  copied: '已复制',
  quoteCopied: '引语已复制到剪贴板',

  fullText: '阅读全文',
  copyLink: '复制链接',
  copyLinkBefore: '：“',
  copyLinkAfter: '”',
  linkCopied: '链接已复制',
  linkCopyFailed: '无法复制链接，请从地址栏复制。',

  contents: '目录',
  progress: (current, total) => `正在阅读第 ${current} 条，共 ${total} 条`,
  progressShort: (current, total) => `${current} / ${total}`,
  expandAll: '全部展开',
  collapseAll: '全部收起',

  reactionsLabel: '各方对峰会的反应',
  noReactions: '数据中没有各方反应。',

  signed: '签署',
  signedBy: (names) => `签署方：${names}`,

  signedByOn: '；签署日期：',
  signedOn: '于',

  relatedLabel: '相关阅读',

  suggestCorrection: '提出更正',
  thanks: '谢谢！您的更正建议已发送。',
  close: '关闭',
  selectedText: '所选文字',
  source: '来源：',
  sourceQuote: (name) => `${name}的引语`,
  sourceTakeaway: (number, title) => `第 ${number} 条：${title}`,
  sourceKind: (kind) => kinds[kind],
  comment: '您的意见（选填）',
  send: '发送',
  sending: '正在发送…',
  cancel: '取消',
  formFailed: '无法打开更正表单：其脚本未能加载（网络错误）。请重试或刷新页面。',
  sendFailed: (problem, status) => `发送失败：${problems[problem](status ?? 0)}。您填写的内容已保留，请重试。`,
};

export default zhHans;
