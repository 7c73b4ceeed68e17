import type { Fact, FactRegistry } from '../model/facts';
import { currentReport } from './current';

/**
 * The report's headline facts (`defineReport({ headline })`) that exist in `facts`, in the report's order. A name
 * may say `{end}` for the vintage's last year ("revenue.{end}.total"), so archived vintages with another horizon
 * still show their own headline.
 */
export function headlineFacts(facts: FactRegistry, limit = Infinity): Fact[] {
  const end = facts.has('years.end') ? facts.get('years.end').text : '';
  return currentReport()
    .headline.map((n) => n.replaceAll('{end}', end))
    .filter((n) => facts.has(n))
    .slice(0, limit)
    .map((n) => facts.get(n));
}
