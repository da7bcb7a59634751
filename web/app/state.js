// What the signed-in UI knows about the session.

export const session = {
  person: null,
  csrf_token: null,
  company_name: 'Bivouac',
};

export function setSession(s) {
  session.person = s.person;
  session.csrf_token = s.csrf_token;
  session.company_name = s.company_name || 'Bivouac';
}

export function canSeeRoles() {
  return ['owner', 'admin', 'integrator'].includes(session.person?.role);
}

export function isAdmin() {
  return ['owner', 'admin'].includes(session.person?.role);
}
