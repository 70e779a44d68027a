/**
 * The Health Model's zod schema: the single source of the model's type. At run time neither side
 * loads zod: the sidebar and the server both check a model by the table it becomes (model.ts,
 * checkModelObject), so they accept exactly the same models, and Code.js and Sidebar.html stay
 * within their budgets. validateModel remains for scripts and tests.
 */
import * as z from 'zod/mini';
import { fail } from './args';
import { findModelProblem } from './model';

const finite = z.number().check(z.refine(Number.isFinite, 'must be a finite number'));
const score0to100 = finite.check(z.gte(0), z.lte(100));

export const ThresholdSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: finite }),
  z.object({ kind: z.literal('percentile'), p: score0to100 }),
]);

export const ValueLabelSchema = z.object({ label: z.string().check(z.minLength(1)), score: score0to100 });

export const MetricRuleSchema = z.object({
  metric: z.string().check(z.trim(), z.minLength(1)),
  weight: finite.check(z.gte(0)),
  red: z.nullable(ThresholdSchema),
  green: z.nullable(ThresholdSchema),
  group: z.string(),
  values: z.nullable(z.array(ValueLabelSchema)),
  missing: z.nullable(score0to100),
  notes: z.optional(z.string()),
  /** `Tier = Enterprise`: the segment whose model this rule belongs to; blank: the default model. */
  segment: z.optional(z.string()),
});

export const HealthModelSchema = z.object({ metrics: z.array(MetricRuleSchema).check(z.minLength(1)) });

export type Threshold = z.infer<typeof ThresholdSchema>;
export type ValueLabel = z.infer<typeof ValueLabelSchema>;
export type MetricRule = z.infer<typeof MetricRuleSchema>;
export type HealthModel = z.infer<typeof HealthModelSchema>;

/** Validates a model that arrives as an object; throws a message naming the field at fault. */
export function validateModel(candidate: unknown): HealthModel {
  const parsed = HealthModelSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length > 0 ? issue.path.join('.') : 'model';
    return fail(`Invalid Health Model at ${where}: ${issue.message}`);
  }
  const problem = findModelProblem(parsed.data);
  if (problem === null) return parsed.data;
  const metric = problem.index >= 0 ? ` "${parsed.data.metrics[problem.index].metric}"` : '';
  return fail(`Health Model${metric}: ${problem.message}`);
}
