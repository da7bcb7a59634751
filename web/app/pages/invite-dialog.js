// The Invite dialog: name, email, role (only those the server lets this person invite:
// `session.can.invite`), departments, and an optional access end date for the roles that can have
// one (`session.can.access_end_roles`). Server refusals land on the field they are about.

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select, errorMessage, checkFields, need, openDialog } from '../ui.js';
import { session } from '../state.js';
import {
  ROLE_LABEL, loadDepartments, departmentCheckboxes, fromDateInput, todayInput, formDialog, nameFieldFor,
} from './people-common.js';

// What each role is, in a line under the select.
const ROLE_HINTS = {
  owner: 'Can do everything, including transferring ownership.',
  admin: 'Runs the workspace: people, departments, mail, audit log.',
  integrator: 'An external specialist who sets the system up. Manages employees and freelancers. Can have an access end date.',
  employee: 'Staff. Chats, channels and bots; edits only their own card.',
  freelancer: 'An external contractor. Sees only people they have a direct chat with. Can have an access end date.',
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
  const first = field({ label: 'First name', name: 'first_name', required: true, maxlength: 100, autocomplete: 'off' });
  const last = field({ label: 'Last name', name: 'last_name', required: true, maxlength: 100, autocomplete: 'off' });
  const email = field({ label: 'Email', name: 'email', type: 'email', required: true, autocomplete: 'off', placeholder: 'name@company.com', hint: 'The invitation link goes to this address.' });
  // The usual choice is preselected when it is on offer (otherwise the first role offered is).
  const role = select({ label: 'Role', name: 'role', value: 'employee', options: roles.map((r) => [r, ROLE_LABEL[r] || r]) });
  const roleHint = h('div', { class: 'hint' });
  role.append(roleHint);
  const until = field({
    label: 'Access ends', name: 'access_until', type: 'date', min: todayInput(),
    hint: 'Optional, for integrators and freelancers. Their sessions end after this day.',
  });
  const departments = departmentCheckboxes(deps, []);
  const roleErr = h('div', { class: 'field-error', 'aria-live': 'polite' });
  role.append(roleErr);
  role.setError = (m) => { roleErr.textContent = m || ''; };
  const roleRow = h('div', { class: 'field-row' }, role, until);
  // The end date only for roles that can have one (the server says which: `can.access_end_roles`).
  const endRoles = session.can.access_end_roles || [];
  const sync = () => {
    roleHint.textContent = ROLE_HINTS[role.input.value] || '';
    const applies = endRoles.includes(role.input.value);
    until.hidden = !applies;
    if (!applies) until.input.value = '';
  };
  role.input.addEventListener('change', sync);
  sync();
  return formDialog({
    title: 'Invite people',
    intro: 'They get an email with a link to set their password. The link works for 7 days.',
    fields: [h('div', { class: 'field-row' }, first, last), email, roleRow, departments],
    submit: 'Send invitation',
    wide: true,
    action: async () => {
      if (!checkFields([
        [first, need.text(first, 'Enter their first name.')],
        [last, need.text(last, 'Enter their last name.')],
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
      const inv = await api.post('/api/invitations', body);
      toast(inv.state === 'queued'
        ? `Invitation to ${inv.email} is queued and goes out as soon as mail is delivered. Without a mail server, copy its link in Administration → Invitations.`
        : `Invitation sent to ${inv.email}.`);
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
  const input = h('input', { class: 'input', type: 'text', readonly: true, value: link, 'aria-label': 'Invitation link', name: 'invitation_link' });
  const copy = h('button', { type: 'button', class: 'btn primary' }, 'Copy link');
  const close = h('button', { type: 'button', class: 'btn' }, 'Close');
  const status = h('p', { class: 'muted small', role: 'status' });
  const box = h('div', { class: 'dialog-inner' },
    h('h2', {}, `Invitation link for ${inv.first_name} ${inv.last_name}`),
    h('p', { class: 'muted' }, `Send this link to ${inv.email} yourself (it has not been mailed yet). It works once; whoever opens it sets a password and joins as this person.`),
    input, status, h('div', { class: 'actions' }, close, copy));
  const dlg = openDialog('Invitation link', box);
  close.addEventListener('click', () => dlg.close());
  copy.addEventListener('click', async () => {
    input.select();
    try {
      await navigator.clipboard.writeText(link);
      status.textContent = 'Copied.';
    } catch {
      // No clipboard outside a secure context (plain http on an IP address): the text is selected.
      status.textContent = 'Press Ctrl+C (⌘C on a Mac) to copy the selected link.';
    }
  });
  input.focus();
  input.select();
}
