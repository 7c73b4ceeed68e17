import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { CHAPTERS_DIR } from './report/paths';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: CHAPTERS_DIR }),
  schema: z.object({
    title: z.string({ required_error: 'every chapter needs a "title" in its front matter' }).min(1),
    order: z.number({ required_error: 'every chapter needs an "order" number in its front matter' }),
    description: z.string({ required_error: 'every chapter needs a one-sentence "description" (used for search results and link previews)' }),
  }),
});

export const collections = { chapters };
