import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { OutputProblem } from './site';

/** The rules the engine's pages are held to when a report folder has no .htmlvalidate.json of its own. */
export const DEFAULT_HTML_VALIDATE: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: { 'valid-id': ['error', { relaxed: true }], 'no-trailing-whitespace': 'off', 'long-title': 'off' },
};

/** The report's html-validate configuration (.htmlvalidate.json, shared with editors), or the engine's default. */
export function htmlValidateConfig(): ConfigData {
  const file = resolve('.htmlvalidate.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : DEFAULT_HTML_VALIDATE;
}

/** Validates pages against the HTML standard plus the project's accessibility and document rules. */
export async function validateHtml(dir: string, pages: string[], config = htmlValidateConfig()): Promise<OutputProblem[]> {
  const validator = new HtmlValidate({ ...config, root: true });
  const problems: OutputProblem[] = [];
  for (const file of pages) {
    const report = await validator.validateString(readFileSync(join(dir, file), 'utf8'), file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push({ file, line: m.line, message: `${m.message} [${m.ruleId}]${m.selector ? ` at ${m.selector}` : ''}` });
    }
  }
  return problems;
}
