import { UserAdmin } from "@/components/admin/user-admin";
import { grantableRoles } from "@/lib/auth/roles";
import { getMessages } from "@/lib/i18n/messages";
import { listOrgsInScope } from "@/lib/orgs/list-orgs-in-scope";
import { listUsers } from "@/lib/users/list-users";
import { requestLocale } from "../../../locale";
import { requirePageCaller } from "../../../page-caller";

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const caller = await requirePageCaller("/admin/users", ["city_admin", "district_admin", "school_admin"]);
  const t = getMessages(await requestLocale());
  const [users, orgs] = await Promise.all([listUsers(caller), listOrgsInScope(caller)]);
  return (
    <>
      <h2>{t.admin.users}</h2>
      <UserAdmin t={t} csrfToken={caller.csrfToken} users={users} orgs={orgs} roles={grantableRoles(caller.role)} selfId={caller.userId} />
    </>
  );
}
