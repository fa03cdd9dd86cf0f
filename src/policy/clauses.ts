/**
 * The lines of the school's policy that findings enforce, quoted word for word from
 * policies/welbeck/social-media-policy.txt. A finding names one of these ids; the UI shows the quote.
 * Another school's policy replaces the quotes, not the ids.
 */
export const POLICY_CLAUSES = {
  'identify-pupil-class-school': {
    section: 'Social Media Use – Staff',
    quote:
      'Teachers or members of staff must not post any information which could identify a pupil, class or the school.',
  },
  'no-contact-pupils-parents': {
    section: 'Social Media Use – Staff',
    quote:
      'Members of staff must not “friend” or otherwise contact pupils or parents/carers through social media.',
  },
  'report-contact-attempts': {
    section: 'Social Media Use – Staff',
    quote:
      'If pupils or parents/carers attempt to “friend” or otherwise contact members of staff through social media, they should be reported to the headteacher.',
  },
  'no-publish-list': {
    section: 'Use of images',
    quote:
      'Pupils should be appropriately dressed, not be subject to ridicule and must not be on any Welbeck Primary School list of children whose images must not be published.',
  },
  'pupil-images-official-only': {
    section: 'Use of images',
    quote:
      'Under no circumstances should staff share or upload student/pupil pictures online other than via Welbeck Primary School owned social media accounts and school website.',
  },
  'image-permission': {
    section: 'Use of images',
    quote:
      "Permission to use any photos or video recordings should be sought in line with Welbeck Primary School's digital and video images policy/data consent policy.",
  },
  'no-logo-personal-accounts': {
    section: 'Managing your personal use of Social Media:',
    quote: 'Do not use the Welbeck Primary School logo and/or branding on personal accounts',
  },
  'keep-personal-info-private': {
    section: 'Managing your personal use of Social Media:',
    quote: 'Keep your personal information private.',
  },
  'disclaimer-personal-accounts': {
    section: 'Personal communications',
    quote:
      'In all cases, where a personal account is used which associates itself with the school or impacts on Welbeck Primary School, it must be made clear that the member of staff is not communicating on behalf of Welbeck Primary School with an appropriate disclaimer.',
  },
  'avoid-identifying-as-employee': {
    section: 'Social Media Use – Staff',
    quote:
      'Members of staff should avoid identifying themselves as an employee of Welbeck Primary School on social media.',
  },
  'data-protection': {
    section: 'Legal considerations',
    quote:
      'Users must ensure that their use of social media does not infringe upon relevant data protection laws, or breach confidentiality.',
  },
  'no-derogatory-content': {
    section: "The Don'ts",
    quote: 'Do not post derogatory, defamatory, offensive, harassing or discriminatory content',
  },
  'professional-respectful': {
    section: 'Behaviour',
    quote:
      'Digital communications by staff must be professional and respectful at all times and in accordance with this policy.',
  },
  'no-bullying': {
    section: 'Social Media Use – Staff',
    quote:
      'Attempts to bully, coerce or manipulate members of the school community, via social media, by teachers and members of staff will be dealt with as a disciplinary matter.',
  },
  'avoid-argument': {
    section: "The Do's",
    quote: 'Avoid entering into debate/ argument',
  },
  'no-internal-grievances': {
    section: "The Don'ts",
    quote: 'Do not use social media to air internal grievances',
  },
  confidentiality: {
    section: "The Don'ts",
    quote: 'Do not publish confidential or commercially sensitive material',
  },
  'non-partisan': {
    section: "The Do's",
    quote: 'Remain non partisan',
  },
  'no-personal-gain': {
    section: 'Behaviour',
    quote: 'Welbeck Primary School social media accounts must not be used for personal gain.',
  },
  'tone-key-words': {
    section: 'Tone',
    quote:
      'The tone of content published on social media should be appropriate to the audience, whilst retaining appropriate levels of professional standards.',
  },
  'no-social-media-in-lessons': {
    section: 'Social Media Use – Staff',
    quote:
      'Staff may not access social media during lesson time, unless it is part of a curriculum activity.',
  },
  // When something goes wrong (issue 18): the evidence log, the report forms and the popup quote these.
  'no-retaliation': {
    section: 'Cyber bullying - cyber bullying is taken seriously.',
    quote:
      'Staff members should never respond or retaliate to cyberbullying incidents. Incidents should instead be reported as inappropriate, and support sought from their line manager or senior staff member.',
  },
  'save-evidence': {
    section: 'Cyber bullying - cyber bullying is taken seriously.',
    quote:
      'Evidence from the incident should be saved, including screen prints of messages or web pages, and the time and date of the incident.',
  },
  'report-inappropriate-content': {
    section: 'Social Media Use – Staff',
    quote:
      'If inappropriate content is accessed online, an inappropriate website content report form should be completed and passed on to the headteacher.',
  },
  'spelling-grammar': {
    section: "The Do's",
    quote: 'Take care with spelling and grammar',
  },
} as const satisfies Record<string, { section: string; quote: string }>;

export type PolicyClauseId = keyof typeof POLICY_CLAUSES;

/** Every clause id, in the order above. */
export const POLICY_CLAUSE_IDS = Object.keys(POLICY_CLAUSES) as PolicyClauseId[];
