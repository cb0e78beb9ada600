// Typed client code for front ends, from the checked-in schema and the documented operations.
// The client preset generates the schema's types and the operations' types together, once each
// (the newest typescript-operations plugin, run beside the typescript plugin, declares the input
// types a second time, and tsc --strict refuses the duplicates).
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "schema.graphql",
  documents: ["operations/*.graphql"],
  ignoreNoDocuments: false,
  // Relative imports with their `.js` extension: they compile under `moduleResolution: NodeNext` (Node
  // ESM projects; without it TS2835) as well as under `bundler`.
  emitLegacyCommonJSImports: false,
  generates: {
    "generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Scalars as CONTRACT.md states them: dates and date-times travel as ISO strings.
        scalars: {
          Date: { input: "string", output: "string" },
          DateTime: { input: "string", output: "string" },
          Upload: { input: "File | Blob", output: "never" },
        },
        enumsAsTypes: true,
        strictScalars: true,
        useTypeImports: true,
      },
    },
  },
};

export default config;
