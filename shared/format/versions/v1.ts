// Format version 1: the first, simpler .rollcall format, frozen here so that old files keep opening. It knew
// people only (no companies), a flat title list whose department was free text, and contributions whose type was
// a free-text word. No episodes, songs, images, paragraphs, roll style or revisions. Never edit this schema:
// files in the wild were written against it. Later versions are reached through migrations (../migrations.ts).
import { z } from 'zod';

const Id = z.string().min(1).max(100);
const Instant = z.iso.datetime({ offset: true });
const Name = z.string().trim().min(1, 'A name cannot be empty.').max(2000);
const Text = z.string().max(100_000);

export const V1ContributionSchema = z.object({
  /** Free text: "creative", "Financing", "logistics", ... */
  type: z.string().max(200),
  justification: Text,
  evidence: z.string().max(5000),
  recordedBy: z.string().max(500),
  recordedAt: Instant,
});

export const V1DocumentSchema = z.object({
  format: z.literal('rollcall'),
  formatVersion: z.literal(1),
  production: z.object({
    id: Id,
    title: Name,
    kind: z.enum(['feature', 'series', 'documentary', 'short', 'special']),
    year: z.number().int().min(1870).max(2200).nullable(),
    createdAt: Instant,
    updatedAt: Instant,
  }),
  titles: z.array(
    z.object({
      id: Id,
      name: Name,
      /** Department as typed, e.g. "Producers", "Camera". */
      department: z.string().max(2000),
      order: z.number(),
    }),
  ),
  people: z.array(
    z.object({
      id: Id,
      name: Name,
      sortName: z.string().max(2000),
      notes: Text,
    }),
  ),
  credits: z.array(
    z.object({
      id: Id,
      titleId: Id,
      personId: Id,
      placement: z.enum(['main', 'end']),
      billing: z.number(),
      creditedAs: z.string().max(2000),
      character: z.string().max(2000),
      uncredited: z.boolean(),
      status: z.enum(['draft', 'approved']),
      notes: Text,
      contributions: z.array(V1ContributionSchema),
      createdAt: Instant,
      updatedAt: Instant,
    }),
  ),
  audit: z.array(
    z.object({
      at: Instant,
      by: z.string().max(500),
      summary: z.string().max(5000),
    }),
  ),
});

export type V1Document = z.infer<typeof V1DocumentSchema>;
