/** The summary `npm run new-vintage` writes, and how publishing recognises that nobody replaced it. */
export const draftSummary = (fromId: string) => `Draft based on ${fromId}. Replace this with what changed since ${fromId} and why.`;

export const isDraftSummary = (summary: string) => /^Draft based on \d{4}-\d{2}\. Replace this\b/.test(summary.trim()) || summary.trim() === '';
