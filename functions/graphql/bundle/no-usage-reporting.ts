/**
 * Stands in for `@apollo/usage-reporting-protobuf` in the Lambda bundle (an esbuild alias,
 * infra/constructs/bundling.ts). Apollo imports the protobuf classes for usage reporting to
 * Apollo Studio and for federated inline traces; this API does neither (no APOLLO_KEY, not a
 * subgraph), yet the generated classes are ~210 KB in each of Apollo's two module formats,
 * parsed at every cold start. Touching any of them fails loudly rather than misreport.
 */
const absent = (name: string): unknown =>
  new Proxy(
    {},
    {
      get(_target, property) {
        throw new Error(`Apollo usage reporting is not bundled (${name}.${String(property)}); see infra/constructs/bundling.ts`);
      },
    },
  );

export const Trace = absent('Trace');
export const Report = absent('Report');
export const ReportHeader = absent('ReportHeader');
export const google = absent('google');
