// The Invite dialog: name, email, role (only those this person may grant), departments, and an
// access end date for integrators and freelancers. Server refusals land on the field they are about.

import { h, toast } from '../dom.js';
import { api } from '../api.js';
import { field, select } from '../ui.js';
import {
  ROLE_LABEL, TEMPORARY_ROLES, grantableRoles, loadDepartments, departmentCheckboxes, fromDateInput,
  todayInput, formDialog, nameFieldFor, errorMessage,
} from './people-common.js';

// `onInvited(invitation)` runs after the server accepted the invitation.
export async function openInviteDialog(onInvited = () => {}) {
  let deps;
  try {
    deps = await loadDepartments();
  } catch (e) {
    toast(errorMessage(e), 'error');
    return null;
  }
  const roles = grantableRoles();
  const first = field({ label: 'First name', name: 'first_name', required: true, maxlength: 100, autocomplete: 'off' });
  const last = field({ label: 'Last name', name: 'last_name', required: true, maxlength: 100, autocomplete: 'off' });
  const email = field({ label: 'Email', name: 'email', type: 'email', required: true, autocomplete: 'off', placeholder: 'name@company.com', hint: 'The invitation link goes to this address.' });
  const role = select({
    label: 'Role', name: 'role', value: roles.includes('employee') ? 'employee' : roles[0],
    options: roles.map((r) => [r, ROLE_LABEL[r]]),
  });
  const roleHint = h('div', { class: 'hint' });
  role.append(roleHint);
  const until = field({
    label: 'Access ends', name: 'access_until', type: 'date', min: todayInput(),
    hint: 'Optional. Their sessions end after this day.',
  });
  const departments = departmentCheckboxes(deps, []);
  const roleErr = h('div', { class: 'field-error', 'aria-live': 'polite' });
  role.append(roleErr);
  role.setError = (m) => { roleErr.textContent = m || ''; };
  const ROLE_HINTS = {
    owner: 'Can do everything, including transferring ownership.',
    admin: 'Runs the workspace: people, departments, mail, audit log.',
    integrator: 'An external specialist who sets the system up. Manages employees and freelancers.',
    employee: 'Staff. Chats, channels and bots; edits only their own card.',
    freelancer: 'An external contractor. Sees only people they have a direct chat with.',
  };
  const roleRow = h('div', { class: 'field-row' }, role, until);
  const sync = () => {
    until.hidden = !TEMPORARY_ROLES.includes(role.input.value);
    roleRow.classList.toggle('single', until.hidden);
    roleHint.textContent = ROLE_HINTS[role.input.value] || '';
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
      const body = {
        first_name: first.input.value,
        last_name: last.input.value,
        email: email.input.value,
        role: role.input.value,
        departments: departments.values(),
      };
      if (!until.hidden && until.input.value) body.access_until = fromDateInput(until.input.value);
      const inv = await api.post('/api/invitations', body);
      toast(inv.state === 'queued'
        ? `Invitation to ${inv.email} is queued and goes out as soon as mail is delivered.`
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
