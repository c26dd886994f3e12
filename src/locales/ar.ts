import type { SummitErrorCode } from '../data/errors.js';
import type { SendProblem, SourceKind, SummitTerms } from './en.js';

/** Numbers as Arabic text writes them (٣ من ٧), from the platform rather than a table of digits. */
const n = (value: number): string => new Intl.NumberFormat('ar').format(value);

const errors: Record<SummitErrorCode, string> = {
  'invalid-bundle': 'البيانات غير صالحة ولا يمكن عرضها.',
  'invalid-json': 'ملف البيانات ليس بصيغة JSON.',
  'http-error': 'لم يُرسل الخادم البيانات.',
  'network-error': 'تعذّر الاتصال بالخادم. تحقّق من اتصالك بالإنترنت.',
  timeout: 'استغرق تحميل البيانات وقتًا أطول من اللازم. حاول تحديث الصفحة.',
  'unknown-id': 'هذا العنصر غير موجود في البيانات.',
  'no-bundle': 'لا توجد بيانات لعرضها.',
  'correction-failed': 'تعذّر إرسال التصحيح.',
  'too-large': 'ملف البيانات كبير جدًا.',
  'invalid-url': 'عنوان البيانات غير مقبول: يجب أن يبدأ بـ http أو https.',
  'invalid-embed': 'معلمات التضمين غير صالحة.',
};

const problems: Record<SendProblem, (status: number) => string> = {
  http: (status) => `خطأ في الخادم (HTTP ${status})`,
  network: () => 'تعذّر الاتصال بالخادم',
  timeout: (seconds) => `لم يردّ الخادم خلال ${n(seconds)} ثانية`,
  endpoint: () => 'يجب أن يبدأ عنوان الإرسال بـ http:// أو https://',
};

const kinds: Record<SourceKind, string> = { quote: 'اقتباس', takeaway: 'نقطة', element: 'قسم' };

/** Arabic, right to left. Takeaways are «النقاط»; quotation marks « » as much of the Arabic press prints them. */
const ar: SummitTerms = {
  $code: 'ar',
  $name: 'العربية',
  $dir: 'rtl',
  $lang: 'ar',

  loading: 'جارٍ التحميل…',
  errorTitle: 'المحتوى غير متاح.',
  error: (code) => errors[code],
  labelSeparator: ': ',

  copyQuote: 'نسخ الاقتباس',
  copied: 'تم النسخ',
  quoteCopied: 'تم نسخ الاقتباس إلى الحافظة',

  fullText: 'النص الكامل',
  copyLink: 'نسخ الرابط',
  copyLinkBefore: ': «',
  copyLinkAfter: '»',
  linkCopied: 'تم نسخ الرابط',
  linkCopyFailed: 'تعذّر نسخ الرابط، يُرجى نسخه من شريط العنوان.',

  contents: 'المحتويات',
  progress: (current, total) => `تقرأ الآن النقطة ${n(current)} من ${n(total)}`,
  progressShort: (current, total) => `${n(current)} من ${n(total)}`,
  expandAll: 'توسيع الكل',
  collapseAll: 'طي الكل',

  reactionsLabel: 'ردود الفعل على القمة',
  noReactions: 'لا توجد ردود فعل في هذه البيانات.',

  signed: 'وُقّع',
  signedBy: (names) => `وقّعه ${names}`,

  signedByOn: ' في ',
  signedOn: ' في ',

  relatedLabel: 'اقرأ أيضًا',

  suggestCorrection: 'اقتراح تصحيح',
  thanks: 'شكرًا لك! تم إرسال اقتراحك.',
  close: 'إغلاق',
  selectedText: 'النص المحدد',
  source: 'المصدر:',
  sourceQuote: (name) => `اقتباس من ${name}`,
  sourceTakeaway: (number, title) => `النقطة ${n(number)}: ${title}`,
  sourceKind: (kind) => kinds[kind],
  comment: 'تعليقك (اختياري)',
  send: 'إرسال',
  sending: 'جارٍ الإرسال…',
  cancel: 'إلغاء',
  formFailed:
    'تعذّر فتح نموذج التصحيح: لم يُحمَّل البرنامج النصي الخاص به (خطأ في الشبكة). حاول مرة أخرى أو أعد تحميل الصفحة.',
  sendFailed: (problem, status) => `تعذّر الإرسال: ${problems[problem](status ?? 0)}. ما كتبته محفوظ، حاول مرة أخرى.`,
};

export default ar;
