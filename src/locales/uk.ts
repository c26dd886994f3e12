import type { SummitErrorCode } from '../data/errors.js';
import type { SendProblem, SourceKind, SummitTerms } from './en.js';

/** "з 1 пункту", "з 2 пунктів", "з 5 пунктів", "з 21 пункту": the genitive after «з» follows the number. */
const ofTakeaways = (total: number): string =>
  new Intl.PluralRules('uk').select(total) === 'one' ? 'пункту' : 'пунктів';

const errors: Record<SummitErrorCode, string> = {
  'invalid-bundle': 'У даних для цього блоку є помилки.',
  'invalid-json': 'Файл із даними не у форматі JSON.',
  'http-error': 'Сервер не віддав дані.',
  'network-error': 'Немає зв’язку із сервером. Перевірте підключення до інтернету.',
  timeout: 'Дані завантажуються задовго. Спробуйте оновити сторінку.',
  'unknown-id': 'Такого матеріалу немає в наборі даних.',
  'no-bundle': 'Немає даних для показу.',
  'correction-failed': 'Не вдалося надіслати виправлення.',
  'too-large': 'Файл із даними завеликий.',
  'invalid-url': 'Неприпустима адреса даних: потрібна адреса http або https.',
  'invalid-embed': 'Неправильні параметри вбудовування.',
};

const problems: Record<SendProblem, (status: number) => string> = {
  http: (status) => `помилка сервера (HTTP ${status})`,
  network: () => 'немає зв’язку із сервером',
  timeout: (seconds) => `сервер не відповів за ${seconds} с`,
  endpoint: () => 'адреса для надсилання має починатися з http:// або https://',
};

const kinds: Record<SourceKind, string> = { quote: 'цитата', takeaway: 'пункт', element: 'розділ' };

/** Ukrainian. Takeaways are «пункти»; quotation marks are «ялинки», the apostrophe is ’. */
const uk: SummitTerms = {
  $code: 'uk',
  $name: 'Українська',
  $dir: 'ltr',
  $lang: 'uk',

  loading: 'Завантаження…',
  errorTitle: 'Матеріал недоступний.',
  error: (code) => errors[code],
  labelSeparator: ': ',

  copyQuote: 'Копіювати цитату',
  copied: 'Скопійовано',
  quoteCopied: 'Цитату скопійовано в буфер обміну',

  fullText: 'Повний текст',
  copyLink: 'Копіювати посилання',
  copyLinkBefore: ' на «',
  copyLinkAfter: '»',
  linkCopied: 'Посилання скопійовано',
  linkCopyFailed: 'Не вдалося скопіювати посилання — скопіюйте його з адресного рядка.',

  contents: 'Зміст',
  progress: (current, total) => `Ви читаєте ${current}-й із ${total} ${ofTakeaways(total)}`,
  progressShort: (current, total) => `${current} з ${total}`,
  expandAll: 'Розгорнути все',
  collapseAll: 'Згорнути все',

  reactionsLabel: 'Реакція на саміт',
  noReactions: 'У наборі даних немає реакцій.',

  signed: 'Підписано',
  signedBy: (names) => `Підписали: ${names}`,

  signedByOn: ', ',
  signedOn: ' ',

  relatedLabel: 'Читайте також',

  suggestCorrection: 'Запропонувати виправлення',
  thanks: 'Дякуємо! Вашу пропозицію надіслано.',
  close: 'Закрити',
  selectedText: 'Виділений текст',
  source: 'Джерело:',
  sourceQuote: (name) => `Цитата: ${name}`,
  sourceTakeaway: (number, title) => `Пункт ${number}: ${title}`,
  sourceKind: (kind) => kinds[kind],
  comment: 'Ваш коментар (необов’язково)',
  send: 'Надіслати',
  sending: 'Надсилання…',
  cancel: 'Скасувати',
  formFailed:
    'Не вдалося відкрити форму виправлення: її скрипт не завантажився (помилка мережі). Спробуйте ще раз або перезавантажте сторінку.',
  sendFailed: (problem, status) =>
    `Не вдалося надіслати: ${problems[problem](status ?? 0)}. Ваш текст збережено — спробуйте ще раз.`,
};

export default uk;
