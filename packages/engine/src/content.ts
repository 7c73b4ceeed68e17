import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';
import { chaptersDir } from './settings';
import { chapterMessages } from './data/messages';

const chapters = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: chaptersDir() }),
  schema: z.object({
    title: z.string({ required_error: chapterMessages.missing.title }).min(1),
    order: z.number({ required_error: chapterMessages.missing.order }),
    description: z.string({ required_error: chapterMessages.missing.description }),
  }),
});

export const collections = { chapters };
