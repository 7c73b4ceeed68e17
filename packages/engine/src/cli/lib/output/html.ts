import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { OutputProblem } from './site';

/** The project's html-validate configuration (.htmlvalidate.json), shared with editors. */
export function htmlValidateConfig(): ConfigData {
  return JSON.parse(readFileSync(resolve('.htmlvalidate.json'), 'utf8'));
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
