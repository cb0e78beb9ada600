"""Worker reports and how a plan ends (D4–D6): types, inputs, mutations."""
