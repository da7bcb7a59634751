// The Invite dialog: name, email, role (only those the server lets this person invite:
// `session.can.invite`), departments, and an optional access end date for the roles that can have
// one (`session.can.access_end_roles`). Server refusals land on the field they are about.

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, errorMessage, checkFields, need, openDialog } from '../ui.js';
import { session } from '../state.js';
import {
  roleLabel, loadDepartments, departmentCheckboxes, fromDateInput, todayInput, formDialog, nameFieldFor,
} from './people-common.js';
import { t, LANGUAGES, languageName } from '../i18n.js';

// What each role is, in a line under the select.
const ROLE_HINTS = {
  owner: 'role-hint-owner',
  admin: 'role-hint-admin',
  integrator: 'role-hint-integrator',
  employee: 'role-hint-employee',
  freelancer: 'role-hint-freelancer',
};

// `onInvited(invitation)` runs after the server accepted the invitation.
export async function openInviteDialog(onInvited = () => {}) {
  let deps;
  try {
    deps = await loadDepartments();
  } catch (e) {
    toast(errorMessage(e), 'error');
    return null;
  }
  const roles = session.can.invite;
  const first = field({ label: t('field-first-name'), name: 'first_name', required: true, maxlength: 100, autocomplete: 'off' });
  const last = field({ label: t('field-last-name'), name: 'last_name', required: true, maxlength: 100, autocomplete: 'off' });
  const email = field({ label: t('field-email'), name: 'email', type: 'email', required: true, autocomplete: 'off', placeholder: 'name@company.com', hint: t('invite-email-hint') });
  // The usual choice is preselected when it is on offer (otherwise the first role offered is).
  const role = select({ label: t('field-role'), name: 'role', value: 'employee', options: roles.map((r) => [r, roleLabel(r)]) });
  // The invitation mail's language (and the invitee's until they choose): the workspace's unless picked.
  const language = select({
    label: t('invite-language'), name: 'language', value: '',
    options: [['', t('invite-language-default', { language: languageName(session.workspace_language || 'en') })],
      ...LANGUAGES.map((l) => [l, languageName(l)])],
  });
  const roleHint = h('div', { class: 'hint' });
  role.append(roleHint);
  const until = field({
    label: t('field-access-ends'), name: 'access_until', type: 'date', min: todayInput(),
    hint: t('invite-access-hint'),
  });
  const departments = departmentCheckboxes(deps, []);
  const roleErr = h('div', { class: 'field-error', 'aria-live': 'polite' });
  role.append(roleErr);
  role.setError = (m) => { roleErr.textContent = m || ''; };
  const roleRow = h('div', { class: 'field-row' }, role, until);
  // The end date only for roles that can have one (the server says which: `can.access_end_roles`).
  const endRoles = session.can.access_end_roles || [];
  const sync = () => {
    const hint = ROLE_HINTS[role.input.value];
    roleHint.textContent = hint ? t(hint) : '';
    const applies = endRoles.includes(role.input.value);
    until.hidden = !applies;
    if (!applies) until.input.value = '';
  };
  role.input.addEventListener('change', sync);
  sync();
  return formDialog({
    title: t('invite-title'),
    intro: t('invite-intro'),
    fields: [h('div', { class: 'field-row' }, first, last), email, roleRow, language, departments],
    submit: t('invite-submit'),
    wide: true,
    action: async () => {
      if (!checkFields([
        [first, need.text(first, t('need-their-first-name'))],
        [last, need.text(last, t('need-their-last-name'))],
        [email, need.email(email)],
      ])) return false;
      const body = {
        first_name: first.input.value,
        last_name: last.input.value,
        email: email.input.value,
        role: role.input.value,
        departments: departments.values(),
      };
      if (until.input.value) body.access_until = fromDateInput(until.input.value);
      if (language.input.value) body.language = language.input.value;
      const inv = await api.post('/api/invitations', body);
      toast(inv.state === 'queued' ? t('invite-queued', { email: inv.email }) : t('invite-sent', { email: inv.email }));
      onInvited(inv);
    },
    fieldFor: (code, message) => ({
      invalid_email: email,
      email_taken: email,
      invitation_pending: email,
      invalid_role: role,
      forbidden: role,
      access_until_past: until,
      access_end_not_applicable: until,
      invalid_date: until,
      invalid_name: nameFieldFor(message, first, last),
      invalid_language: language,
    }[code] || null),
  });
}

// The link of an invitation whose mail has not gone out (no mail server yet): shown to copy and
// hand over another way. It works once, like the mailed one (`POST /api/invitations/{id}/link`).
export async function showInvitationLink(inv) {
  let link;
  try {
    link = (await api.post(`/api/invitations/${encodeURIComponent(inv.id)}/link`)).link;
  } catch (e) {
    toast(errorMessage(e), 'error');
    return;
  }
  const input = h('input', { class: 'input', type: 'text', readonly: true, value: link, 'aria-label': t('invite-link'), name: 'invitation_link' });
  const copy = h('button', { type: 'button', class: 'btn primary' }, t('copy-link'));
  const close = h('button', { type: 'button', class: 'btn' }, t('close'));
  const status = h('p', { class: 'muted small', role: 'status' });
  const box = h('div', { class: 'dialog-inner' },
    h('h2', {}, t('invite-link-for', { name: `${inv.first_name} ${inv.last_name}`.trim() })),
    h('p', { class: 'muted' }, t('invite-link-text', { email: inv.email })),
    input, status, h('div', { class: 'actions' }, close, copy));
  const dlg = openDialog(t('invite-link'), box);
  close.addEventListener('click', () => dlg.close());
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = t('copied');
    } catch {
      // No clipboard outside a secure context (plain http on an IP address): the text is selected.
      status.textContent = t('copy-by-hand');
    }
  });
  input.focus();
  input.select();
}
