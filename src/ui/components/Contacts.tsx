import type { Contact, ContactRole } from '../../settings/settings';

const ROLE_NAMES: Record<ContactRole, string> = {
  headteacher: 'Headteacher',
  dsl: 'Designated Safeguarding Lead (DSL)',
  'e-safety': 'E-safety team',
  'network-manager': 'Network manager',
};

const ROLE_ORDER: ContactRole[] = ['headteacher', 'dsl', 'e-safety', 'network-manager'];

interface Person {
  name: string;
  roles: ContactRole[];
  email?: string;
}

/** One entry per person, with all their roles, in the order of their most senior role. */
function people(contacts: readonly Contact[]): Person[] {
  const byName = new Map<string, Person>();
  for (const contact of contacts) {
    const name = contact.name.trim();
    if (!name) continue;
    const person = byName.get(name) ?? { name, roles: [] };
    if (!person.roles.includes(contact.role)) person.roles.push(contact.role);
    person.email ??= contact.email?.trim() || undefined;
    byName.set(name, person);
  }
  const rank = (person: Person) => Math.min(...person.roles.map((role) => ROLE_ORDER.indexOf(role)));
  return [...byName.values()]
    .map((person) => ({
      ...person,
      roles: [...person.roles].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)),
    }))
    .sort((a, b) => rank(a) - rank(b));
}

/**
 * "Who to contact": the school's contacts from settings. Where the school has named nobody, ask the office.
 * `mailSubject`: the subject the email links start with (the evidence log's "Evidence of an incident").
 */
export function Contacts({ contacts, mailSubject }: { contacts: readonly Contact[]; mailSubject?: string }) {
  const mailto = (email: string) =>
    mailSubject ? `mailto:${email}?subject=${encodeURIComponent(mailSubject)}` : `mailto:${email}`;
  const list = people(contacts);
  const hasHeadteacher = list.some((person) => person.roles.includes('headteacher'));
  return (
    <div class="pg-contacts">
      <ul class="pg-contact-list">
        {!hasHeadteacher && (
          <li class="pg-contact">
            <span class="pg-contact-name">Headteacher</span>
            <span class="pg-contact-role">Ask your school office how to reach the headteacher.</span>
          </li>
        )}
        {list.map((person) => (
          <li class="pg-contact" key={person.name}>
            <span class="pg-contact-name">{person.name}</span>
            <span class="pg-contact-role">{person.roles.map((role) => ROLE_NAMES[role]).join(', ')}</span>
            {person.email && (
              <a class="pg-contact-email" href={mailto(person.email)}>
                {person.email}
              </a>
            )}
          </li>
        ))}
      </ul>
      {list.length === 0 && (
        <p class="pg-contact-note">
          Your school has not named its e-safety contacts here. Ask your school office.
        </p>
      )}
      {list.some((person) => !person.email) && (
        <p class="pg-contact-note">For email addresses, ask your school office.</p>
      )}
    </div>
  );
}
