import { z } from "zod";

/** 待梳理 → 已采纳 → 转化中 → 已落实 → 已解决, or 不采纳 (with a reason). */
export const FINDING_STATUSES = ["pending", "adopted", "in_progress", "implemented", "resolved", "rejected"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const findingStatusSchema = z.enum(FINDING_STATUSES);

export const PRIORITIES = ["high", "medium", "low"] as const;
export const prioritySchema = z.enum(PRIORITIES);

/** 措施, 政策, 制度. */
export const ACTION_KINDS = ["measure", "policy", "system"] as const;
export const actionKindSchema = z.enum(ACTION_KINDS);

/**
 * Allowed moves. Forward one step at a time; 不采纳 from 待梳理 or 已采纳 (before anything was
 * turned into actions); 已落实 may go back to 转化中 when the measure did not hold; a rejected
 * finding may be reopened. 已解决 is final.
 */
export const TRANSITIONS: Record<FindingStatus, readonly FindingStatus[]> = {
  pending: ["adopted", "rejected"],
  adopted: ["in_progress", "rejected"],
  in_progress: ["implemented"],
  implemented: ["resolved", "in_progress"],
  resolved: [],
  rejected: ["pending"],
};

/** Statuses that need at least one action: something must have been decided to be done. */
export const NEEDS_ACTION: readonly FindingStatus[] = ["in_progress", "implemented", "resolved"];

/** Statuses the public page shows when a finding is published: not one still being sorted. */
export const PUBLIC_STATUSES: readonly FindingStatus[] = ["adopted", "in_progress", "implemented", "resolved", "rejected"];
