/** The report's browser-safe model module (defineReport({ explorer: { module } })), resolved by the integration. */
declare module 'virtual:forecast-report/explorer-model' {
  export const toInputs: (doc: unknown) => unknown;
  export const run: (inputs: unknown) => unknown;
  export const facts: (results: unknown, inputs: unknown) => { get(name: string): { value: number | null; text: string } };
}
