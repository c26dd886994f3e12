import { toJsonSchema } from '@valibot/to-json-schema';
import {
  BundleSchema,
  DeclarationPointSchema,
  DeclarationSchema,
  PersonSchema,
  QuoteSchema,
  ReactionSchema,
  RelatedSchema,
  TakeawaySchema,
} from '../src/data/schema.js';

/**
 * The JSON Schema of a bundle, generated from the one valibot schema. `npm run schema` writes it to
 * `data/bundle.schema.json`; a test fails when the checked-in file differs from this. Reference checks (ids that
 * must exist, unique ids, numbering) are beyond JSON Schema: `summit-kit validate` and `parseBundle` add them.
 */
export function bundleJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(BundleSchema, {
    target: 'draft-2020-12',
    errorMode: 'throw',
    // `trim` transforms the value; it has no JSON Schema equivalent and does not change what is valid.
    ignoreActions: ['trim'],
    definitions: {
      Person: PersonSchema,
      Takeaway: TakeawaySchema,
      Quote: QuoteSchema,
      Reaction: ReactionSchema,
      Declaration: DeclarationSchema,
      DeclarationPoint: DeclarationPointSchema,
      Related: RelatedSchema,
    },
  }) as Record<string, unknown>;
  return { ...schema, $id: 'https://unpkg.com/summit-kit/data/bundle.schema.json' };
}
