// What the signed-in UI knows about the session: who is signed in, and what they may do in the
// workspace (`can`, decided by the server; the UI shows its rail, screens and buttons from it).

const NOTHING = {
  see_roles: false,
  invite: [],
  administer: false,
  manage_departments: false,
  view_audit: false,
  list_invitations: false,
  manage_mail: false,
  create_channels: false,
  browse_channels: false,
  manage_department_folders: false,
  change_workspace: false,
};

export const session = {
  person: null,
  csrf_token: null,
  company_name: 'Bivouac',
  // The workspace's default language (what a browser in none of ours falls back to).
  workspace_language: 'en',
  can: { ...NOTHING },
  limits: {},
};

export function setSession(s) {
  session.person = s.person;
  session.csrf_token = s.csrf_token;
  session.company_name = s.company_name || 'Bivouac';
  session.workspace_language = s.workspace_language || 'en';
  session.can = { ...NOTHING, ...(s.can || {}) };
  session.limits = s.limits || {};
}
