import type { SummitErrorCode } from '../data/errors.js';
import type { SendProblem, SourceKind, SummitTerms } from './en.js';

/** "из 1 пункта", "из 2 пунктов", "из 5 пунктов", "из 21 пункта": the genitive after «из» follows the number. */
const ofTakeaways = (total: number): string =>
  new Intl.PluralRules('ru').select(total) === 'one' ? 'пункта' : 'пунктов';

const errors: Record<SummitErrorCode, string> = {
  'invalid-bundle': 'В данных для этого блока есть ошибки.',
  'invalid-json': 'Файл с данными не в формате JSON.',
  'http-error': 'Сервер не отдал данные.',
  'network-error': 'Нет связи с сервером. Проверьте подключение к интернету.',
  timeout: 'Данные загружаются слишком долго. Попробуйте обновить страницу.',
  'unknown-id': 'Такого материала нет в наборе данных.',
  'no-bundle': 'Нет данных для показа.',
  'correction-failed': 'Не удалось отправить исправление.',
  'too-large': 'Файл с данными слишком большой.',
  'invalid-url': 'Адрес данных недопустим: нужен адрес http или https.',
  'invalid-embed': 'Неверные параметры встраивания.',
};

const problems: Record<SendProblem, (status: number) => string> = {
  http: (status) => `ошибка сервера (HTTP ${status})`,
  network: () => 'нет связи с сервером',
  timeout: (seconds) => `сервер не ответил за ${seconds} с`,
  endpoint: () => 'адрес для отправки должен начинаться с http:// или https://',
};

const kinds: Record<SourceKind, string> = { quote: 'цитата', takeaway: 'пункт', element: 'раздел' };

/** Russian. Takeaways are «пункты», as in «7 главных пунктов»; quotation marks are «ёлочки». */
const ru: SummitTerms = {
  $code: 'ru',
  $name: 'Русский',
  $dir: 'ltr',
  $lang: 'ru',

  loading: 'Загрузка…',
  errorTitle: 'Материал недоступен.',
  error: (code) => errors[code],
  labelSeparator: ': ',

  copyQuote: 'Копировать цитату',
  copied: 'Скопировано',
  quoteCopied: 'Цитата скопирована в буфер обмена',

  fullText: 'Полный текст',
  copyLink: 'Копировать ссылку',
  copyLinkBefore: ' на «',
  copyLinkAfter: '»',
  linkCopied: 'Ссылка скопирована',
  linkCopyFailed: 'Не удалось скопировать ссылку — скопируйте её из адресной строки.',

  contents: 'Содержание',
  progress: (current, total) => `Вы читаете ${current}-й из ${total} ${ofTakeaways(total)}`,
  progressShort: (current, total) => `${current} из ${total}`,
  expandAll: 'Развернуть все',
  collapseAll: 'Свернуть все',

  reactionsLabel: 'Реакция на саммит',
  noReactions: 'В наборе данных нет реакций.',

  signed: 'Подписано',
  signedBy: (names) => `Подписали: ${names}`,

  signedByOn: ', ',
  signedOn: ' ',

  relatedLabel: 'Читайте также',

  suggestCorrection: 'Предложить исправление',
  thanks: 'Спасибо! Ваше предложение отправлено.',
  close: 'Закрыть',
  selectedText: 'Выделенный текст',
  source: 'Источник:',
  sourceQuote: (name) => `Цитата: ${name}`,
  sourceTakeaway: (number, title) => `Пункт ${number}: ${title}`,
  sourceKind: (kind) => kinds[kind],
  comment: 'Ваш комментарий (необязательно)',
  send: 'Отправить',
  sending: 'Отправка…',
  cancel: 'Отмена',
  formFailed:
    'Не удалось открыть форму исправления: её скрипт не загрузился (ошибка сети). Попробуйте ещё раз или перезагрузите страницу.',
  sendFailed: (problem, status) =>
    `Не удалось отправить: ${problems[problem](status ?? 0)}. Ваш текст сохранён — попробуйте ещё раз.`,
};

export default ru;
