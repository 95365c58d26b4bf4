import type { Condition, ContainerPlan, QuestionPlan, SurveyPlan, Values } from "./plan";

export interface Visibility {
  questions: boolean[];
  containers: boolean[];
}

function decide(flag: boolean, condition: Condition | null, values: Values): boolean {
  return condition ? condition.run(values) : flag;
}

/** Own visibility of one element: its visibleIf, re-run only when an answer it reads was dropped. */
function ownVisibility(element: QuestionPlan | ContainerPlan, cache: (boolean | undefined)[], values: Values, dropped: ReadonlySet<string> | null): boolean {
  const condition = element.visibleIf;
  if (!condition) return element.visible;
  const cached = cache[element.index];
  if (cached !== undefined && dropped !== null && !condition.keys.some((k) => dropped.has(k))) return cached;
  return (cache[element.index] = condition.run(values));
}

/**
 * Decides what is visible, and removes hidden answers from `values` (in place). survey-core's
 * validate() still lets a hidden answer open a follow-up question; here a removed answer counts
 * for nothing, so conditions reading it are re-run until no more answers drop out. The result is
 * self-consistent: every kept answer is visible given the kept answers alone.
 */
export function resolveVisibility(plan: SurveyPlan, values: Values): Visibility {
  const containers = new Array<boolean>(plan.containers.length);
  const questions = new Array<boolean>(plan.questions.length);
  const ownContainers = new Array<boolean | undefined>(plan.containers.length);
  const ownQuestions = new Array<boolean | undefined>(plan.questions.length);
  let dropped: Set<string> | null = null;
  for (;;) {
    // Containers come before their children in plan order, so a parent is always decided first.
    for (const c of plan.containers) {
      const own = ownVisibility(c, ownContainers, values, dropped);
      containers[c.index] = own && (c.parent === null || containers[c.parent.index]!);
    }
    for (const q of plan.questions) questions[q.index] = ownVisibility(q, ownQuestions, values, dropped) && containers[q.parent.index]!;
    dropped = new Set();
    for (const q of plan.questions) {
      if (questions[q.index]) continue;
      for (const key of q.dataKeys) {
        if (!Object.hasOwn(values, key)) continue;
        delete values[key];
        dropped.add(key);
      }
    }
    if (dropped.size === 0) return { questions, containers };
  }
}

function decideReadOnly(flag: boolean, condition: Condition | null, values: Values): boolean {
  return condition ? !condition.run(values) : flag;
}

/** Read-only (readOnly, or enableIf false, here or on a page or panel around it): survey-core collects no errors for it. */
export function isReadOnly(plan: SurveyPlan, q: QuestionPlan, values: Values): boolean {
  if (plan.readOnly) return true;
  if (decideReadOnly(q.readOnly, q.enableIf, values)) return true;
  for (let c: ContainerPlan | null = q.parent; c; c = c.parent) if (decideReadOnly(c.readOnly, c.enableIf, values)) return true;
  return false;
}

export function isRequired(element: QuestionPlan | ContainerPlan, values: Values): boolean {
  return decide(element.isRequired, element.requiredIf, values);
}
