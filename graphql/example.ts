// Compiles only if the generated types fit how a front end uses them (tsc --strict).
import { MyPlanDocument, type MyPlanQuery, type PlanStatus, type SavePlanDraftMutationVariables } from "./generated/graphql.js";

export const document = MyPlanDocument;

export function statusOf(data: MyPlanQuery): PlanStatus | undefined {
  return data.myPlan?.status;
}

export const draft: SavePlanDraftMutationVariables = {
  input: { companyName: "東京建設株式会社", acceptanceStart: "2026-12-01", workers: [{ name: "NGUYEN VAN A", salaryMode: "SAME" }] },
};
