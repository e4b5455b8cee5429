/**
 * The one schema of a published decision. Ingest validates every parsed statement against it before
 * writing an entry, and `src/content.config.ts` gives it to Astro, so pages and exports read the same
 * typed shape.
 */
import { z } from 'zod';
import { OUTCOME_NAMES, OUTCOMES } from './outcome';

export { OUTCOMES, OUTCOME_NAMES };
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/**
 * What an agreed action asks for. One action can be several at once ("apologise and pay £300"):
 * - reassessment: of the person's own case, or reconsidering a decision about them;
 * - procedure-review: of a procedure, policy or practice, or changing one;
 * - training: staff training, or a reminder or guidance to staff;
 * - information: information or evidence to give, to the person ("share the outcome of the
 *   enquiry with Mr X") or to the Ombudsman ("provide us with evidence it has complied");
 * - other: anything else the action asks for.
 */
export const REMEDY_KINDS = [
  'apology',
  'payment',
  'refund',
  'reassessment',
  'procedure-review',
  'training',
  'information',
  'other',
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
  /**
   * How the published page letters a numbered sub-item of a paragraph: "a", "b", … and one level
   * deeper "i", "ii", …; null for a bullet or an item outside a paragraph.
   */
  label: string | null;
  /** The item's own anchor, e.g. "p34b" (or "p34b-ii"), for items with a label. */
  anchor: string | null;
  text: string;
  children: ListItem[];
}
export const ListItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({
    marker: nonEmpty,
    label: z.string().regex(/^[a-z]+$/).nullable(),
    anchor: z.string().regex(/^p\d+[a-z]+(?:-[a-z]+)*$/).nullable(),
    text: z.string(),
    children: z.array(ListItemSchema),
  }),
);

/**
 * A block outside any numbered paragraph (the older summary pages have only these) has an anchor
 * of its own, "b1", "b2", … in reading order, so that it can be linked and cited although it has no
 * number; blocks inside a paragraph are reached through the paragraph's.
 */
const blockAnchor = z.string().regex(/^b\d+$/).nullable();
export const TextBlockSchema = z.object({ type: z.literal('text'), text: nonEmpty, anchor: blockAnchor });
export const ListBlockSchema = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(ListItemSchema).min(1),
  anchor: blockAnchor,
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
  /** null for text before the statement's first heading, where a page has none. */
  heading: nonEmpty.nullable(),
  id: slug,
  subsections: z.array(SubsectionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

/**
 * The harms the Ombudsman names a payment for, as the statement words them:
 * - distress: distress, upset, anxiety, frustration, worry or stress;
 * - uncertainty: not knowing what would have happened without the fault;
 * - time-and-trouble: the time and trouble of pursuing the complaint;
 * - lost-opportunity: a lost or missed opportunity (of provision, of a service, of an appeal).
 */
export const PAYMENT_PURPOSES = ['distress', 'uncertainty', 'time-and-trouble', 'lost-opportunity'] as const;
export const PaymentPurposeSchema = z.enum(PAYMENT_PURPOSES);
export type PaymentPurpose = z.infer<typeof PaymentPurposeSchema>;

/** A sum of money an agreed action names. */
export const PaymentSchema = z.object({
  /** In pounds. */
  amount: z.number().nonnegative(),
  /** A refund, repayment or waived charge, as opposed to a payment. */
  refund: z.boolean(),
  /** As the action words it ("Mrs X", "the teenager", "Mrs C’s estate"), or null where it names none. */
  recipient: nonEmpty.nullable(),
  /**
   * True where the amount itemises or restates another amount of the same action ("£950, made up of
   * £750 … and £200", "£200 (£400 in total)"): listed, but not added to totals.
   */
  breakdown: z.boolean(),
  /**
   * What the action says the sum is for ("£300 to acknowledge the distress caused"), of
   * PAYMENT_PURPOSES, in that order; empty where it names none of them ("to remedy the injustice").
   */
  purposes: z.array(PaymentPurposeSchema),
});
export type Payment = z.infer<typeof PaymentSchema>;

export const DeadlineSchema = z.object({
  /** As the statement words it, e.g. "within three months of my final decision". */
  text: nonEmpty,
  /**
   * The period as ISO 8601 ("P1M", "P4W", "P20D"), for sorting and comparing; working days are
   * counted as days, so the text says which. Null where the wording gives no plain period.
   */
  duration: z.string().regex(/^P\d+[DWMY]$/).nullable(),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/**
 * One action of the agreed action (or recommendations): an item of a list, with its sub-items, or
 * one sentence of a paragraph that asks for something.
 */
export const RemedySchema = z
  .object({
    /** What the action asks for, the main kind first. */
    kinds: z.array(RemedyKindSchema).min(1),
    payments: z.array(PaymentSchema),
    /** Its own deadline, else its lead-in's, else the one a closing line sets for the actions above. */
    deadline: DeadlineSchema.nullable(),
    /** The action as the statement words it. */
    text: nonEmpty,
    /** The statement paragraph it belongs to, or null in a statement without numbered paragraphs. */
    paragraph: z.number().int().positive().nullable(),
    /** Where to link to: the lettered sub-item ("p12a"), else the paragraph ("p12"), else the block ("b4"). */
    anchor: z.string().regex(/^(?:p\d+(?:[a-z]+(?:-[a-z]+)*)?|b\d+)$/),
  })
  .superRefine((r, ctx) => {
    // Every sum is a payment or a refund, so the kinds must say so.
    for (const p of r.payments) {
      if (!r.kinds.includes(p.refund ? 'refund' : 'payment')) {
        ctx.addIssue({ code: 'custom', message: `an action with a ${p.refund ? 'refund' : 'payment'} must have that kind`, path: ['kinds'] });
      }
    }
    // The link must lead into the paragraph the action is cited by.
    const inParagraph = r.paragraph === null ? r.anchor.startsWith('b') : new RegExp(`^p${r.paragraph}(?![0-9])`).test(r.anchor);
    if (!inParagraph) ctx.addIssue({ code: 'custom', message: 'the anchor must be in the action’s paragraph', path: ['anchor'] });
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

/**
 * - published: the copy printed the paragraph numbers, and the archive numbered them 1..N in order;
 * - restored: the copy lost the numbers ("- " lines), and the text showed which lines are paragraphs;
 * - inferred: as restored, but for at least one line the archive had to judge whether it was a
 *   paragraph or an item of the list above it; the page says so;
 * - none: the statement has no numbered paragraphs (the older summary pages).
 */
export const NUMBERING = ['published', 'restored', 'inferred', 'none'] as const;
export const NumberingSchema = z.enum(NUMBERING);
export type Numbering = z.infer<typeof NumberingSchema>;

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
    /**
     * The date the Ombudsman recorded being satisfied with the body's response (older pages:
     * "Ombudsman satisfied with council's response: 4 November 2019"), or null.
     */
    complianceDate: z.string().regex(ISO_DATE, 'an ISO date').nullable(),
    /** The decision's own page on the Ombudsman's site (src/utils/source.ts), or null where none can be made. */
    sourceUrl: z.url().nullable(),
    /** How the paragraph numbers were found: see NUMBERING. */
    numbering: NumberingSchema,
    sections: z.array(SectionSchema).min(1),
    paragraphCount: z.number().int().nonnegative(),
    remedies: z.array(RemedySchema),
    legislation: z.array(LegislationSchema),
    crossReferences: z.array(CrossReferenceSchema),
    parties: z.object({
      /**
       * The complainants' pseudonyms as the statement writes them, in order: "Mr and Mrs G complain"
       * is ["Mr G", "Mrs G"]. Empty where the statement does not say who complains: the archive does
       * not guess.
       */
      complainants: z.array(nonEmpty),
      /** The people the complaint was made on behalf of, e.g. "Mrs X" or "Y" in "her son, Y". */
      affected: z.array(nonEmpty),
      /** Other people the statement names by pseudonym, e.g. "Mr Y"; none of the above. */
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
