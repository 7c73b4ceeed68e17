import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { OutputProblem } from './site';

/** The report's html-validate configuration (.htmlvalidate.json, shared with editors), or the engine's default. */
function htmlValidateConfig(): ConfigData {
  const own = resolve('.htmlvalidate.json');
  return JSON.parse(readFileSync(existsSync(own) ? own : fileURLToPath(new URL('./htmlvalidate.json', import.meta.url)), 'utf8'));
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
