import type { PolicyBlock, PolicyListItem, PolicySection, SchoolPolicy } from '../../policy/types';

function List({ items }: { items: readonly PolicyListItem[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>
          {item.text}
          {item.items && <List items={item.items} />}
        </li>
      ))}
    </ul>
  );
}

function Block({ block }: { block: PolicyBlock }) {
  return block.kind === 'paragraph' ? <p>{block.text}</p> : <List items={block.items} />;
}

function Section({ section }: { section: PolicySection }) {
  const Heading = section.level === 2 ? 'h2' : 'h3';
  const headingId = `${section.id}-heading`;
  return (
    <section
      id={section.id}
      class={`pg-policy-section pg-level-${section.level}`}
      aria-labelledby={section.heading ? headingId : undefined}
    >
      {section.heading && <Heading id={headingId}>{section.heading}</Heading>}
      {section.blocks.map((block, i) => (
        <Block key={i} block={block} />
      ))}
    </section>
  );
}

interface TocEntry {
  section: PolicySection;
  children: PolicySection[];
}

/** Main sections with the sections inside them, for the table of contents. Lines under no heading are left out. */
function tableOfContents(sections: readonly PolicySection[]): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const section of sections) {
    if (!section.heading) continue;
    const parent = entries[entries.length - 1];
    if (section.level === 3 && parent) parent.children.push(section);
    else entries.push({ section, children: [] });
  }
  return entries;
}

/** "1. Purpose", "2) Scope", "4.2 Images", "IV. Images": a heading that carries its own number. */
const OWN_NUMBER = /^(?:\d+(?:\.\d+)*[.)]?|[ivxlc]+[.)])\s/i;

/**
 * A document that numbers its own headings would read "1. 1. Purpose" in a numbered contents list, so such a list
 * shows the document's numbers only.
 */
export function headingsNumberThemselves(sections: readonly PolicySection[]): boolean {
  const headings = sections.filter((section) => section.heading && section.level === 2);
  return (
    headings.length > 0 &&
    headings.filter((section) => OWN_NUMBER.test(section.heading!)).length * 2 > headings.length
  );
}

/** The whole policy, with a table of contents; prints cleanly. */
export function PolicyPage({ policy }: { policy: SchoolPolicy }) {
  const toc = tableOfContents(policy.sections);
  const listClass = headingsNumberThemselves(policy.sections) ? 'pg-toc-own-numbers' : undefined;
  return (
    <div class="pg-policy">
      <header class="pg-policy-header">
        <p class="pg-policy-school">{policy.schoolName}</p>
        <h1>{policy.title}</h1>
        <dl class="pg-policy-dates">
          <div>
            <dt>Approved</dt>
            <dd>{policy.approved}</dd>
          </div>
          <div>
            <dt>Next review</dt>
            <dd>{policy.nextReview}</dd>
          </div>
        </dl>
        <button type="button" class="pg-print" onClick={() => window.print()}>
          Print the policy
        </button>
      </header>

      <nav class="pg-toc" aria-labelledby="pg-toc-heading">
        <h2 id="pg-toc-heading">Contents</h2>
        <ol class={listClass}>
          {toc.map(({ section, children }) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.heading}</a>
              {children.length > 0 && (
                <ol class={listClass}>
                  {children.map((child) => (
                    <li key={child.id}>
                      <a href={`#${child.id}`}>{child.heading}</a>
                    </li>
                  ))}
                </ol>
              )}
            </li>
          ))}
        </ol>
      </nav>

      <main class="pg-policy-body">
        {policy.sections.map((section) => (
          <Section key={section.id} section={section} />
        ))}
      </main>

      <footer class="pg-policy-footer">
        <p>
          {policy.schoolName}, {policy.title}, approved {policy.approved}. Shown by Post Guard, word for word
          from the school’s policy document.
        </p>
      </footer>
    </div>
  );
}
