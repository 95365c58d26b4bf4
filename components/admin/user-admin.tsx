"use client";

import { useState, type FormEvent } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { apiFetch, problemMessage } from "./api-fetch";

type Role = "city_admin" | "district_admin" | "school_admin" | "analyst";

export interface UserRow {
  id: string;
  email: string;
  name: string;
  role: string;
  org: { code: string; name: string; kind: string };
  active: boolean;
  invited: boolean;
}

export interface OrgOption {
  code: string;
  name: string;
  kind: string;
}

export function UserAdmin(props: { t: Messages; csrfToken: string; users: UserRow[]; orgs: OrgOption[]; roles: Role[]; selfId: string }) {
  const { t, csrfToken, orgs, roles, selfId } = props;
  const [users, setUsers] = useState(props.users);
  const [inviteUrl, setInviteUrl] = useState("");
  const [error, setError] = useState("");
  const roleLabel = (role: string) => t.roles[role as Role] ?? role;

  async function invite(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const body = { email: form.get("email"), name: form.get("name"), role: form.get("role"), org: form.get("org") };
    const result = await apiFetch(csrfToken, "/api/users", "POST", body);
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    const created = result.data as { id: string; inviteUrl: string };
    const org = orgs.find((o) => o.code === body.org) ?? { code: String(body.org), name: String(body.org), kind: "" };
    setUsers([...users, { id: created.id, email: String(body.email).toLowerCase(), name: String(body.name ?? ""), role: String(body.role), org, active: true, invited: true }]);
    setInviteUrl(created.inviteUrl);
    setError("");
    formElement.reset();
  }

  async function reassign(user: UserRow, form: FormData) {
    const body = { role: form.get("role"), org: form.get("org") };
    const result = await apiFetch(csrfToken, `/api/users/${user.id}`, "PATCH", body);
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    const org = orgs.find((o) => o.code === body.org) ?? user.org;
    setUsers(users.map((u) => (u.id === user.id ? { ...u, role: String(body.role), org } : u)));
    setError("");
  }

  async function setActive(user: UserRow, active: boolean) {
    const result = await apiFetch(csrfToken, `/api/users/${user.id}`, "PATCH", { active });
    if (!result.ok) return setError(problemMessage(result.data, t.errors.generic));
    setUsers(users.map((u) => (u.id === user.id ? { ...u, active } : u)));
  }

  return (
    <>
      <form className="card form" onSubmit={(e) => void invite(e)}>
        <h3>{t.admin.invite}</h3>
        <div className="inline-form">
          <label>
            {t.auth.email}
            <input name="email" type="email" required />
          </label>
          <label>
            {t.auth.name}
            <input name="name" maxLength={100} />
          </label>
          <label>
            {t.admin.role}
            <select name="role" required>
              {roles.map((r) => (
                <option key={r} value={r}>
                  {roleLabel(r)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t.admin.org}
            <select name="org" required>
              {orgs.map((o) => (
                <option key={o.code} value={o.code}>
                  {o.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit">{t.admin.invite}</button>
        </div>
        {inviteUrl && (
          <p role="status">
            {t.admin.inviteLink} <code className="secret">{inviteUrl}</code>
          </p>
        )}
        <p className="status error" role="alert">
          {error}
        </p>
      </form>
      <section className="card table-scroll">
        {users.length === 0 ? (
          <p className="muted">{t.admin.noUsers}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th>{t.auth.email}</th>
                <th>{t.admin.role}</th>
                <th>{t.admin.org}</th>
                <th>{t.admin.status}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <td>
                    {u.email}
                    {u.name && <span className="muted"> · {u.name}</span>}
                  </td>
                  <td colSpan={2}>
                    {u.id === selfId ? (
                      `${roleLabel(u.role)} · ${u.org.name}`
                    ) : (
                      <form
                        className="inline-form"
                        aria-label={`${t.admin.role} · ${u.email}`}
                        onSubmit={(e) => {
                          e.preventDefault();
                          void reassign(u, new FormData(e.currentTarget));
                        }}
                      >
                        <select name="role" defaultValue={u.role} aria-label={t.admin.role}>
                          {roles.map((r) => (
                            <option key={r} value={r}>
                              {roleLabel(r)}
                            </option>
                          ))}
                        </select>
                        <select name="org" defaultValue={u.org.code} aria-label={t.admin.org}>
                          {orgs.map((o) => (
                            <option key={o.code} value={o.code}>
                              {o.name}
                            </option>
                          ))}
                        </select>
                        <button type="submit" className="secondary">
                          {t.admin.save}
                        </button>
                      </form>
                    )}
                  </td>
                  <td className="actions">
                    {u.invited ? t.admin.invited : u.active ? t.admin.active : t.admin.inactive}{" "}
                    {u.id !== selfId && (
                      <button type="button" className="secondary" onClick={() => void setActive(u, !u.active)}>
                        {u.active ? t.admin.deactivate : t.admin.reactivate}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
