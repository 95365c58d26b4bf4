/** The four phases of a campaign, in order (宣传发动 → 学习调研 → 实践转化 → 持续深化). */
export const campaignPhases = ["launch", "study", "transform", "review"] as const;
export type CampaignPhaseKey = (typeof campaignPhases)[number];

export interface PhaseDates {
  phase: CampaignPhaseKey;
  startsOn: string;
  endsOn: string;
}

/** The phase whose date range contains `today` (YYYY-MM-DD), if any. */
export function currentPhase(phases: PhaseDates[], today: string): CampaignPhaseKey | undefined {
  return phases.find((p) => p.startsOn <= today && today <= p.endsOn)?.phase;
}
