/** The report's browser-safe model module (defineReport({ explorer: { module } })), resolved by the integration. */
declare module 'virtual:forecast-report/explorer-model' {
  export const toInputs: (doc: any) => any;
  export const run: (inputs: any) => any;
  export const facts: (results: any, inputs: any) => { get(name: string): { value: number | null; text: string } };
}
