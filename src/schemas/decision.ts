/**
 * The one schema of a published decision. Ingest validates every parsed statement against it before
 * writing an entry, and `src/content.config.ts` gives it to Astro, so pages and exports read the same
 * typed shape.
 */
import { z } from 'zod';

export const OUTCOMES = ['upheld', 'not-upheld', 'closed-after-initial-enquiries'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

export const REMEDY_KINDS = [
  'apology',
  'payment',
  'refund',
  'training',
  'reminder',
  'procedure-review',
  'action',
] as const;
export const RemedyKindSchema = z.enum(REMEDY_KINDS);
export type RemedyKind = z.infer<typeof RemedyKindSchema>;

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug');
const nonEmpty = z.string().min(1);

/** A named thing with its URL slug: an authority, a category. */
export const NamedSchema = z.object({ name: nonEmpty, slug });
export type Named = z.infer<typeof NamedSchema>;

export interface ListItem {
  /** The marker as printed: '•' for a bullet, the digits for a numbered item. */
  marker: string;
  text: string;
  children: ListItem[];
}
export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({ marker: nonEmpty, text: z.string(), children: z.array(ListItemSchema) }),
);

export const TextBlockSchema = z.object({ type: z.literal('text'), text: nonEmpty });
export const ListBlockSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItemSchema).min(1),
});
export const BlockSchema = z.discriminatedUnion('type', [TextBlockSchema, ListBlockSchema]);
export type TextBlock = z.infer<typeof TextBlockSchema>;
export type ListBlock = z.infer<typeof ListBlockSchema>;
export type Block = z.infer<typeof BlockSchema>;

/** A numbered paragraph of the statement: its first line, then any lists and continuation lines. */
export const ParagraphSchema = z.object({
  type: z.literal('paragraph'),
  number: z.number().int().positive(),
  text: z.string(),
  blocks: z.array(BlockSchema),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

export const ContentSchema = z.discriminatedUnion('type', [ParagraphSchema, TextBlockSchema, ListBlockSchema]);
export type Content = z.infer<typeof ContentSchema>;

export const SubsectionSchema = z.object({
  /** null for the content that comes before a section's first subheading. */
  heading: nonEmpty.nullable(),
  id: slug.nullable(),
  content: z.array(ContentSchema),
});
export type Subsection = z.infer<typeof SubsectionSchema>;

export const SectionSchema = z.object({
  heading: nonEmpty,
  id: slug,
  subsections: z.array(SubsectionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const RemedySchema = z.object({
  kind: RemedyKindSchema,
  /** In pounds; only for payments and refunds. */
  amount: z.number().nonnegative().nullable(),
  /**
   * True where the amount itemises or restates another amount of the same action ("£950, made up of
   * £750 … and £200", "£200 (£400 in total)"): listed, but not added to totals.
   */
  breakdown: z.boolean(),
  /** As the statement words it, e.g. "within one month". */
  deadline: z.string().nullable(),
  /** The agreed action the remedy comes from, verbatim. */
  text: nonEmpty,
  /** The statement paragraph that names it. */
  paragraph: z.number().int().positive(),
});
export type Remedy = z.infer<typeof RemedySchema>;

export const LegislationSchema = z.object({
  act: nonEmpty,
  year: z.number().int(),
  /** e.g. "26(1)", or null where only the Act (or a schedule) is cited. */
  section: z.string().nullable(),
  /** Normalised citation, e.g. "Local Government Act 1974 s.26(1)". */
  label: nonEmpty,
  url: z.url(),
});
export type Legislation = z.infer<typeof LegislationSchema>;

export const CrossReferenceSchema = z.object({
  from: z.number().int().positive(),
  to: z.number().int().positive(),
});

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DecisionSchema = z
  .object({
    /** As printed, e.g. "20 005 525" or "17 002 402b". */
    reference: z.string().regex(/^\d{2} \d{3} \d{3}[a-z]?$/, 'a reference like "20 005 525"'),
    slug: z.string().regex(/^\d{2}-\d{3}-\d{3}[a-z]?$/, 'a reference slug like "20-005-525"'),
    authority: NamedSchema,
    category: NamedSchema,
    subcategory: NamedSchema.nullable(),
    outcome: z.object({ label: nonEmpty, value: OutcomeSchema }),
    decisionDate: z.string().regex(ISO_DATE, 'an ISO date'),
    summary: nonEmpty,
    decisionMaker: nonEmpty.nullable(),
    /** Header lines other than category, decision and date, kept as printed. */
    otherFields: z.array(z.object({ label: nonEmpty, value: z.string() })),
    sections: z.array(SectionSchema).min(1),
    paragraphCount: z.number().int().positive(),
    remedies: z.array(RemedySchema),
    legislation: z.array(LegislationSchema),
    crossReferences: z.array(CrossReferenceSchema),
    parties: z.object({
      /** The complainant's pseudonym, e.g. "Ms X". */
      complainant: z.string().nullable(),
      /** Other people the statement names by pseudonym, e.g. "Mr Y". */
      others: z.array(z.string()),
      /** How the statement names the body complained about, e.g. "the Council". */
      body: z.string().nullable(),
    }),
  })
  .superRefine((d, ctx) => {
    const numbers = d.sections.flatMap((s) =>
      s.subsections.flatMap((sub) => sub.content.flatMap((c) => (c.type === 'paragraph' ? [c.number] : []))),
    );
    if (numbers.length !== d.paragraphCount || numbers.some((n, i) => n !== i + 1)) {
      ctx.addIssue({ code: 'custom', message: 'paragraphs must be numbered 1..N in order', path: ['sections'] });
    }
    if (d.slug !== d.reference.replaceAll(' ', '-')) {
      ctx.addIssue({ code: 'custom', message: 'slug must be the reference with dashes', path: ['slug'] });
    }
  });
export type Decision = z.infer<typeof DecisionSchema>;
