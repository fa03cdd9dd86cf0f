import type { PolicyListItem, PolicySection, SchoolPolicy } from './types';

/** One paragraph or bullet point of a policy, with the section it stands in. */
export interface PolicyPassage {
  sectionId: string;
  /** The section's heading; for the few lines under no heading, the parent heading or the policy's title. */
  heading: string;
  text: string;
}

/** Every paragraph and bullet point (nested ones too) of the policy, in document order. */
export function policyPassages(policy: SchoolPolicy): PolicyPassage[] {
  const passages: PolicyPassage[] = [];
  for (const section of policy.sections) {
    const heading = section.heading ?? policy.title;
    const add = (text: string) => passages.push({ sectionId: section.id, heading, text });
    const addItems = (items: PolicyListItem[]) => {
      for (const item of items) {
        add(item.text);
        if (item.items) addItems(item.items);
      }
    };
    for (const block of section.blocks) {
      if (block.kind === 'paragraph') add(block.text);
      else addItems(block.items);
    }
  }
  return passages;
}

/** The policy as plain text: headings, paragraphs and bullet points, one a line. */
export function policyPlainText(policy: SchoolPolicy): string {
  const lines: string[] = [];
  for (const section of policy.sections) {
    if (section.heading) lines.push(section.heading);
    for (const passage of policyPassages({ ...policy, sections: [section] })) lines.push(passage.text);
  }
  return lines.join('\n');
}

/** The section with this id, if the policy has one. */
export function findSection(policy: SchoolPolicy, id: string): PolicySection | undefined {
  return policy.sections.find((section) => section.id === id);
}
