import { z } from "zod";

export const ROLES = ["city_admin", "district_admin", "school_admin", "analyst"] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export type OrgKind = "city" | "district" | "school";

/** The unit kind each role may be bound to; analysts may read at any level. */
export const ROLE_ORG_KINDS: Record<Role, readonly OrgKind[]> = {
  city_admin: ["city"],
  district_admin: ["district"],
  school_admin: ["school"],
  analyst: ["city", "district", "school"],
};

export function isAdminRole(role: Role): boolean {
  return role !== "analyst";
}

/** Roles a manager may grant: never above their own (a district admin cannot make a city admin). */
export function grantableRoles(role: Role): Role[] {
  switch (role) {
    case "city_admin":
      return [...ROLES];
    case "district_admin":
      return ["district_admin", "school_admin", "analyst"];
    case "school_admin":
      return ["school_admin", "analyst"];
    case "analyst":
      return [];
  }
}
