/**
 * The one schema of a summit-kit bundle. The TypeScript types are inferred from it, `parseBundle` validates with it,
 * and `data/bundle.schema.json` is generated from it (`npm run schema`). Change the shape here and nowhere else.
 */
import * as v from 'valibot';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * At most `max` characters (or items): a bad paste of a 100,000-character headline fails validation here, with its
 * path, instead of freezing the reader's tab in layout.
 */
function atMost<TInput extends v.LengthInput>(
  max: number,
  unit = 'characters',
): v.MaxLengthAction<TInput, number, (issue: v.MaxLengthIssue<TInput, number>) => string> {
  return v.maxLength(max, (issue) => `must be at most ${max} ${unit} (received ${issue.received})`);
}

/** A stable kebab-case id, e.g. `energy-supplies`. */
export const IdSchema = v.pipe(
  v.string(),
  atMost(100),
  v.regex(KEBAB, 'must be a kebab-case id (lowercase letters, digits and single hyphens)'),
  v.description('Stable kebab-case id, unique within its list.'),
);

/** Plain text, trimmed, neither empty nor longer than `max` characters. */
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'), atMost(max));
const text = (max: number, description: string) => v.pipe(Text(max), v.description(description));

/** Per-field limits, generous beside the article's longest (a 73-character headline, a 367-character paragraph). */
const LABEL = 80;
const NAME = 200;
const HEADLINE = 300;
const SUMMARY = 1_000;
const PARAGRAPH = 5_000;
const QUOTATION = 3_000;

/** Only http(s) URLs are accepted: a `javascript:` or `data:` link can never reach the page. */
export const HttpUrlSchema = v.pipe(
  v.string(),
  atMost(2_048),
  v.regex(/^https?:\/\/\S+$/, 'must be an http(s) URL'),
  v.url('must be an http(s) URL'),
  v.description('An absolute http: or https: URL.'),
);

const IsoDate = v.pipe(
  v.string(),
  v.isoDate('must be a date in the form YYYY-MM-DD'),
  v.description('Calendar date, YYYY-MM-DD.'),
);

const Source = v.optional(
  v.pipe(
    Text(SUMMARY),
    v.description(
      'Where a fact that the article only implies comes from (e.g. the public record of the summit dates).',
    ),
  ),
);

const Lang = v.optional(
  v.pipe(
    v.string(),
    atMost(35),
    v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "ru"'),
    v.description('Language of the text (BCP 47), when it differs from the bundle language.'),
  ),
);

const IdList = (description: string, max = 100) =>
  v.pipe(v.array(IdSchema), atMost(max, 'items'), v.description(description));

export const SummitSchema = v.object({
  city: text(NAME, 'City that hosted the summit.'),
  startDate: IsoDate,
  endDate: IsoDate,
  leaderIds: IdList('The leaders who met (→ people[].id).', 20),
  source: Source,
});

export const ArticleSchema = v.object({
  headline: text(HEADLINE, 'Headline of the explainer.'),
  standfirst: text(SUMMARY, 'The opening paragraph that sums the story up.'),
  intro: v.optional(text(SUMMARY, 'The line that introduces the list of takeaways.')),
  // The default lives here, so every element reads `article.lang` as a string and none repeats the fallback.
  lang: v.optional(
    v.pipe(v.string(), v.nonEmpty(), atMost(35), v.description('Language of the bundle (BCP 47).')),
    'en',
  ),
  summit: SummitSchema,
  source: Source,
  translationOf: v.optional(
    v.pipe(
      v.object({
        headline: text(HEADLINE, 'Headline of the original.'),
        lang: v.optional(
          v.pipe(v.string(), v.nonEmpty(), atMost(35), v.description('Language of the original (BCP 47).')),
        ),
        url: v.optional(HttpUrlSchema),
      }),
      v.description('Set when this bundle is a translation: the original it was translated from.'),
    ),
  ),
});

export const PersonSchema = v.object({
  id: IdSchema,
  name: text(NAME, 'Name as the article gives it.'),
  role: text(NAME, 'Role or title, e.g. "senior fellow".'),
  affiliation: v.optional(text(NAME, 'Organisation or country, e.g. "Carnegie Endowment for International Peace".')),
  kind: v.pipe(
    v.picklist(['person', 'organisation'], 'must be "person" or "organisation"'),
    v.description('Person or organisation.'),
  ),
});

export const TakeawaySchema = v.object({
  id: IdSchema,
  number: v.pipe(
    v.number('must be a number'),
    v.integer('must be a whole number'),
    v.minValue(1, 'must be 1 or more'),
    v.maxValue(100, 'must be 100 or less'),
    v.description('Position in the article, 1..N.'),
  ),
  title: text(HEADLINE, 'The section heading, as in the article.'),
  summary: text(SUMMARY, 'One sentence that sums the section up.'),
  body: v.pipe(
    v.array(Text(PARAGRAPH)),
    v.minLength(1, 'must have at least one paragraph'),
    atMost(100, 'paragraphs'),
    v.description('The section’s paragraphs, verbatim.'),
  ),
  quoteIds: IdList('Quotations in this section, in order (→ quotes[].id).'),
});

export const QuoteSchema = v.object({
  id: IdSchema,
  speakerId: v.pipe(IdSchema, v.description('Who said or wrote it (→ people[].id).')),
  text: text(QUOTATION, 'The quotation, verbatim, without its quotation marks.'),
  takeawayId: v.pipe(IdSchema, v.description('The section it appears in (→ takeaways[].id).')),
  context: v.optional(text(SUMMARY, 'Who said it, where and when, as the article gives it.')),
  date: v.optional(IsoDate),
  lang: Lang,
  source: Source,
});

export const ReactionSchema = v.object({
  id: IdSchema,
  label: text(LABEL, 'Short tab label, e.g. "Ukraine".'),
  summary: text(SUMMARY, 'How this party reacted, from the article.'),
  quoteIds: IdList('Quotations of this party (→ quotes[].id).'),
});

export const DeclarationTopicSchema = v.object({
  id: IdSchema,
  label: text(LABEL, 'Heading of the group, e.g. "Security".'),
});

export const DeclarationPointSchema = v.object({
  id: IdSchema,
  topicId: v.pipe(IdSchema, v.description('Group of this point (→ declaration.topics[].id).')),
  text: text(PARAGRAPH, 'The point, as the article reports it.'),
  quoteIds: IdList('Quotations of the declaration on this point (→ quotes[].id).'),
});

export const DeclarationSchema = v.object({
  title: text(HEADLINE, 'Name of the declaration.'),
  date: v.optional(IsoDate),
  signatoryIds: IdList('Who signed it (→ people[].id).', 50),
  topics: v.pipe(v.array(DeclarationTopicSchema), atMost(100, 'topics')),
  points: v.pipe(v.array(DeclarationPointSchema), atMost(500, 'points')),
  source: Source,
});

export const RelatedSchema = v.object({
  id: IdSchema,
  label: v.optional(text(LABEL, 'Label above the teaser, e.g. "Other Topics of Interest".')),
  headline: text(HEADLINE, 'Headline of the related story.'),
  standfirst: text(SUMMARY, 'Its standfirst.'),
  date: v.optional(IsoDate),
  url: v.optional(HttpUrlSchema),
});

export const CorrectionsSchema = v.object({
  prompt: text(SUMMARY, 'The outlet’s invitation to suggest a correction.'),
  hint: text(SUMMARY, 'How to report from the page, e.g. the Ctrl + Enter hint.'),
  url: v.optional(HttpUrlSchema),
});

export const BundleSchema = v.pipe(
  v.object({
    version: v.pipe(v.literal(1, 'must be 1'), v.description('Bundle format version.')),
    article: ArticleSchema,
    people: v.pipe(v.array(PersonSchema), atMost(500, 'people')),
    takeaways: v.pipe(
      v.array(TakeawaySchema),
      v.minLength(1, 'must have at least one takeaway'),
      atMost(100, 'takeaways'),
    ),
    quotes: v.pipe(v.array(QuoteSchema), atMost(1_000, 'quotes')),
    reactions: v.pipe(v.array(ReactionSchema), atMost(50, 'reaction groups')),
    declaration: DeclarationSchema,
    related: v.pipe(v.array(RelatedSchema), atMost(100, 'related stories')),
    corrections: CorrectionsSchema,
  }),
  v.title('summit-kit bundle'),
  v.description('One news explainer as data: takeaways, quotations, people, reactions, declaration, related stories.'),
);

export type Bundle = v.InferOutput<typeof BundleSchema>;
export type Article = Bundle['article'];
export type Person = v.InferOutput<typeof PersonSchema>;
export type Takeaway = v.InferOutput<typeof TakeawaySchema>;
export type Quote = v.InferOutput<typeof QuoteSchema>;
export type Reaction = v.InferOutput<typeof ReactionSchema>;
export type Declaration = v.InferOutput<typeof DeclarationSchema>;
export type DeclarationPoint = v.InferOutput<typeof DeclarationPointSchema>;
export type Related = v.InferOutput<typeof RelatedSchema>;
