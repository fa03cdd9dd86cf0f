/**
 * Welbeck Primary School's Social Media Usage Policy (approved March 2026), brought into Post Guard as data.
 *
 * The source of truth is policies/welbeck/social-media-policy.txt. The sections below are that text word
 * for word (spelling, punctuation and curly quotes as the school wrote them; only the bold markers are
 * removed). test/unit/policy/welbeck-policy.test.ts checks every line against the source file, so if the
 * school revises its policy, update the text here from the new document and let the test confirm it.
 */
import type { KeyRule, PolicyListItem, PolicySection, SchoolPolicy, SmartTip } from './types';

const p = (text: string) => ({ kind: 'paragraph', text }) as const;
const ul = (...items: (string | PolicyListItem)[]) =>
  ({ kind: 'list', items: items.map((item) => (typeof item === 'string' ? { text: item } : item)) }) as const;

const SECTIONS: PolicySection[] = [
  {
    id: 'introduction',
    heading: 'Social Media Usage Policy 2026',
    level: 2,
    blocks: [
      p('This policy:'),
      ul(
        'Applies to all staff/all online communications which directly/indirectly, represent Welbeck Primary School',
        'Applies to such online communications posted at any time and from anywhere.',
        'Encourages the safe and responsible use of social media through training and education.',
        'Defines the monitoring of public social media activity pertaining to Welbeck Primary School.',
      ),
    ],
  },
  {
    id: 'definitions',
    heading: 'Definitions',
    level: 2,
    blocks: [
      ul(
        {
          text: 'Welbeck Primary School defines “social media” as any online platform that offers real-time interaction between the user and other individuals or groups including but not limited to:',
          items: [
            { text: 'Online discussion forums.' },
            { text: 'Collaborative spaces, such as Facebook.' },
            { text: 'Media sharing services, such as YouTube.' },
            { text: '‘Micro-blogging’ applications, such as Twitter.' },
          ],
        },
        'Welbeck Primary School defines “cyber bullying” as any use of social media or communication technology to bully an individual or group.',
        'Welbeck Primary School defines “members of the school community” as any teacher, member of support staff, pupil, parent/carer of pupil, governor or ex-pupil.',
      ),
    ],
  },
  {
    id: 'personal-communications',
    heading: 'Personal communications',
    level: 2,
    blocks: [
      ul(
        'Welbeck Primary School respects privacy and understands that staff and pupils/students may use social media forums in their private lives. However, personal communications likely to have a negative impact on professional standards and/or the school’s reputation are within the scope of this policy.',
        'Personal communications which do not refer to or impact upon Welbeck Primary School are outside the scope of this policy.',
        'Digital communications with pupils/students are also considered. Staff may use social media to communicate with learners via one of our Welbeck Primary School social media accounts for teaching and learning purposes but must consider whether this is appropriate and consider the potential implications.',
        'Personal communications are those made via a personal social media accounts. In all cases, where a personal account is used which associates itself with the school or impacts on Welbeck Primary School, it must be made clear that the member of staff is not communicating on behalf of Welbeck Primary School with an appropriate disclaimer. Such personal communications are within the scope of this policy.',
        'Where excessive personal use of social media in school/academy is suspected, and considered to be interfering with relevant duties, disciplinary action may be taken',
      ),
    ],
  },
  {
    id: 'key-roles',
    heading: 'Key Roles and Responsibilities / Organisational control',
    level: 2,
    blocks: [],
  },
  {
    id: 'governing-body',
    heading: 'The Governing Body',
    level: 3,
    blocks: [
      ul(
        'Has overall responsibility for the implementation of the Social Media Policy and procedures at Welbeck Primary School.',
        'Has responsibility for ensuring that the Social Media Policy, as written, does not discriminate on any grounds, including but not limited to: ethnicity/national origin, culture, religion, gender, disability or sexual orientation.',
        'The Governing Board has responsibility for handling complaints regarding this policy.',
      ),
    ],
  },
  {
    id: 'headteacher',
    heading: 'The headteacher',
    level: 3,
    blocks: [
      ul(
        'Will be responsible for the day-to-day implementation and management of the Social Media Policy and procedures of Welbeck Primary School.',
      ),
    ],
  },
  {
    id: 'slt',
    heading: 'SLT',
    level: 3,
    blocks: [
      ul(
        'Facilitate training and guidance on Social Media use.',
        'Develop and implement the Social Media policy',
        'Take a lead role in investigating any reported incidents.',
        'Make an initial assessment when an incident is reported and involving appropriate staff and external agencies as required.',
        'Receive completed applications for Social Media accounts',
        'Approve account creation',
      ),
    ],
  },
  {
    id: 'administrator-moderator',
    heading: 'Administrator/Moderator',
    level: 3,
    blocks: [
      ul(
        'Creates social media accounts following SLT approval.',
        'Stores account details, including passwords securely to be involved in monitoring and contributing to the account .',
        'Controls the process for managing an account after the lead staff member has left the organisation (closing or transferring.)',
      ),
    ],
  },
  {
    id: 'staff-responsibilities',
    heading: 'Staff, including teachers, support staff and volunteers,',
    level: 3,
    blocks: [
      ul(
        'Will be responsible for following the Social Media Policy and for ensuring pupils do so also. They will also be responsible for ensuring the policy is implemented fairly and consistently in the classroom.',
        'Know the contents of and ensure that any use of social media is carried out in line with this and other relevant policies.',
        'Attend appropriate training.',
        'Will regularly monitor, update and manage content he/she has posted via Welbeck Primary School accounts.',
        'Add an appropriate disclaimer to personal accounts when naming Welbeck Primary School.',
      ),
    ],
  },
  {
    id: 'parents-and-carers',
    heading: 'Parents and carers will be expected to',
    level: 3,
    blocks: [
      ul(
        'Take responsibility for the social media habits of their child/children at home.',
        'Promote safe social media behaviour.',
      ),
    ],
  },
  {
    id: 'e-safety-team',
    heading: "The School's E-safety Team and Network Manager",
    level: 3,
    blocks: [
      ul(
        "The school's e-safety team consists of: Ruth McConnochie (DSL), Carl Ollerenshaw, Nathanael Crowley",
        "The school's network manager is Carl Ollerenshaw and Schools IT",
      ),
    ],
  },
  {
    id: 'creating-accounts',
    heading: 'Process for creating new social media accounts',
    level: 2,
    blocks: [
      p(
        'Welbeck Primary School community is encouraged to consider if a social media account will help them in their work. Anyone wishing to create such an account must present a business case to the Leadership Team which covers the following points:-',
      ),
      ul(
        'The aim of the account',
        'The intended audience',
        'How the account will be promoted.',
        'Who will run the account (at least two staff members should be named)',
        'Will the account be open or private/closed?',
      ),
      p(
        'Following consideration by the SLT an application will be approved or rejected. In all cases, the SLT must be satisfied that anyone running a social media account on behalf of Welbeck Primary School has read and understood this policy and received appropriate training. This also applies to anyone who is not directly employed by Welbeck Primary School, including volunteers or parents.',
      ),
    ],
  },
  {
    id: 'monitoring',
    heading: 'Monitoring',
    level: 2,
    blocks: [
      p(
        'Welbeck Primary School accounts will be monitored regularly and frequently. Any comments, queries or complaints made through those accounts must be responded to within 24 hours (or on the next working day if received at a weekend) even if the response is only to acknowledge receipt. Regular monitoring and intervention is essential in case a situation arises where bullying or any other inappropriate behaviour arises on Welbeck Primary School social media accounts.',
      ),
    ],
  },
  {
    id: 'behaviour',
    heading: 'Behaviour',
    level: 2,
    blocks: [
      ul(
        'Welbeck Primary School requires that all users using social media adhere to the standard of behaviour as set out in this policy and other relevant policies.',
        'Digital communications by staff must be professional and respectful at all times and in accordance with this policy. Staff will not use social media to infringe on the rights and privacy of others or make ill-considered comments or judgments about staff. Welbeck Primary School social media accounts must not be used for personal gain. Staff must ensure that confidentiality is maintained on social media even after they leave the employment of Welbeck Primary School.',
        'Users must declare who they are in social media posts or accounts. Anonymous posts are discouraged in relation to school activity.',
        'If a journalist makes contact about posts made using social media staff must follow the Welbeck Primary School media policy before responding.',
        'Unacceptable conduct, (e.g. defamatory, discriminatory, offensive, harassing content or a breach of data protection, confidentiality, copyright) will be considered extremely seriously by Welbeck Primary School and will be reported as soon as possible to a relevant senior member of staff, and escalated where appropriate.',
        'The use of social media by staff while at work may be monitored, in line with Welbeck Primary School policies.',
        'Welbeck Primary School permits reasonable and appropriate access to private social media sites. However, where excessive use is suspected, and considered to be interfering with relevant duties, disciplinary action may be taken',
        'Welbeck Primary School will take appropriate action in the event of breaches of the social media policy. Where conduct is found to be unacceptable, Welbeck Primary School will deal with the matter internally. Where conduct is considered illegal, Welbeck Primary School will report the matter to the police and other relevant external agencies, and may take action according to the disciplinary policy.',
      ),
    ],
  },
  {
    id: 'blocked-content',
    heading: 'Blocked Content',
    level: 2,
    blocks: [
      ul(
        'All social networking sites are blocked for use by the pupils. This is a blanket ban for all forums and social networking. The only exception is YouTube Kids.',
        "Attempts to circumvent the network's firewalls will result in a ban from using school computing equipment, other than with close supervision.",
        'Inappropriate content which is accessed on the school computers should be reported to the headteacher so that the site can be blocked.',
      ),
    ],
  },
  {
    id: 'legal-considerations',
    heading: 'Legal considerations',
    level: 2,
    blocks: [
      ul(
        'Users of social media should consider the copyright of the content they are sharing and, where necessary, should seek permission from the copyright holder before sharing.',
        'Users must ensure that their use of social media does not infringe upon relevant data protection laws, or breach confidentiality.',
      ),
    ],
  },
  {
    id: 'handling-abuse',
    heading: 'Handling abuse',
    level: 2,
    blocks: [
      ul(
        'Welbeck Primary School will handle offensive comments swiftly and with sensitivity.',
        'If a conversation turns and becomes offensive or unacceptable, Welbeck Primary School users should block, report or delete other users or their comments/posts and should inform the audience exactly why the action was taken',
        'If you feel that you or someone else is subject to abuse by colleagues through use of a social networking site, then this action must be reported using the agreed Welbeck Primary School protocols.',
      ),
    ],
  },
  {
    id: 'cyber-bullying',
    heading: 'Cyber bullying - cyber bullying is taken seriously.',
    level: 2,
    blocks: [
      ul(
        'Incidents of cyber bullying will be dealt with and reported along the same chain as the Anti-Bullying Policy.',
        'Staff members should never respond or retaliate to cyberbullying incidents. Incidents should instead be reported as inappropriate, and support sought from their line manager or senior staff member.',
        'Evidence from the incident should be saved, including screen prints of messages or web pages, and the time and date of the incident.',
        "Where the perpetrator is a current pupil or colleague, most cases can be dealt with through the school's own disciplinary procedures.",
        'Where the perpetrator is an adult, in nearly all cases, a senior staff member should invite the victim to a meeting to address their concerns. Where appropriate, the perpetrator will be asked to remove the offensive content.',
        'If the perpetrator refuses to comply, it is up to the school to decide what to do next. This could include contacting the internet service provider in question through their reporting mechanisms, if the offensive content breaches their terms and conditions.',
        'If the material is threatening, abusive, sexist, of a sexual nature or constitutes a hate crime, the school should consider contacting the police.',
        'As part of our on-going commitment to the prevention of cyber bullying, regular education and discussion about e-safety will take place as part of computing and PSHE.',
      ),
    ],
  },
  {
    id: 'tone',
    heading: 'Tone',
    level: 2,
    blocks: [
      p(
        'The tone of content published on social media should be appropriate to the audience, whilst retaining appropriate levels of professional standards. Key words to consider when composing messages are:',
      ),
      ul('Engaging', 'Conversational', 'Informative', 'Friendly'),
    ],
  },
  {
    id: 'use-of-images',
    heading: 'Use of images',
    level: 2,
    blocks: [
      p(
        'Welbeck Primary School use of images can be assumed to be acceptable, providing the following guidelines are strictly adhered to;',
      ),
      ul(
        "Permission to use any photos or video recordings should be sought in line with Welbeck Primary School's digital and video images policy/data consent policy. If anyone, for any reason, asks not to be filmed or photographed then their wishes should be respected.",
        'Under no circumstances should staff share or upload student/pupil pictures online other than via Welbeck Primary School owned social media accounts and school website.',
        'Staff should exercise their professional judgement about whether an image is appropriate to share on Welbeck Primary School social media accounts. Pupils should be appropriately dressed, not be subject to ridicule and must not be on any Welbeck Primary School list of children whose images must not be published.',
        'If a member of staff inadvertently takes a compromising picture which could be misconstrued or misused, they must delete it immediately.',
      ),
    ],
  },
  {
    id: 'training',
    heading: 'Training of Staff',
    level: 2,
    blocks: [
      ul(
        'At Welbeck Primary School we recognise that early intervention can protect pupils who may be at risk of cyber bullying or negative social media behaviour. As such, teachers will receive training in identifying potentially at-risk pupils.',
        'Teachers and support staff will receive training on the Social Media Policy as part of their new starter induction.',
        'Teachers and support staff will receive regular and ongoing training as part of their development.',
      ),
    ],
  },
  {
    id: 'staff-use',
    heading: 'Social Media Use – Staff',
    level: 2,
    blocks: [
      ul(
        'Staff may not access social media during lesson time, unless it is part of a curriculum activity.',
        'Staff may use social media during their break times on their personal devices.',
        'Members of staff should avoid using social media in front of pupils.',
        'Members of staff must not “friend” or otherwise contact pupils or parents/carers through social media.',
        'If pupils or parents/carers attempt to “friend” or otherwise contact members of staff through social media, they should be reported to the headteacher.',
        'Members of staff should avoid identifying themselves as an employee of Welbeck Primary School on social media.',
        'Members of staff must not post content online which is damaging to the school or any of its staff or pupils.',
        'Where teachers or members of staff use social media in a personal capacity, they should make it clear that their views are personal.',
        'Teachers or members of staff must not post any information which could identify a pupil, class or the school.',
        'Members of staff should not post anonymously or under an alias to evade the guidance given in this policy.',
        'Breaches of this policy by members of staff will be taken seriously, and in the event of illegal, defamatory or discriminatory content, could lead to prosecution, disciplinary action or dismissal.',
        'Members of staff should be aware that if their out-of-work activity brings Welbeck Primary School into disrepute, disciplinary action will be taken.',
        'Members of staff should regularly check their online presence for negative content.',
        'If inappropriate content is accessed online, an inappropriate website content report form should be completed and passed on to the headteacher.',
        'Attempts to bully, coerce or manipulate members of the school community, via social media, by teachers and members of staff will be dealt with as a disciplinary matter.',
        'Members of staff should not leave a computer or other device logged in when away from their desk, or save passwords.',
        'Staff may use social media to communicate with learners via one of our Welbeck Primary School social media accounts for teaching and learning purposes but must consider whether this is appropriate and consider the potential implications.',
      ),
    ],
  },
  {
    id: 'pupil-and-parent-use',
    heading: 'Social Media Use – Pupils and Parents/Carers',
    level: 2,
    blocks: [
      ul(
        'Pupils are responsible for following the school rules and will be expected to follow requests from teachers.',
        'Pupils may not access social media during lesson time, unless it is part of a curriculum activity.',
        'Breaches of this policy by pupils will be taken seriously, and in the event of illegal, defamatory or discriminatory content could lead to exclusion.',
        'Pupils and parents/carers must not attempt to “friend” or otherwise contact members of staff through social media. If attempts to contact members of staff through social media are made, they will be reported to the headteacher.',
        'Pupils and parents/carers should not post anonymously or under an alias to evade the guidance given in this policy.',
        'Pupils and parents/carers must not post content online which is damaging to the school or any of its staff or pupils.',
        'Pupils at Welbeck Primary School must not sign up to social media sites that have an age restriction above the pupil’s age.',
        'If inappropriate content is accessed online on school premises, it must be reported to a teacher.',
        'Any offensive or inappropriate comments pupil’s post about Welbeck Primary School will be resolved by the use of Welbeck Primary School’s behaviour policy',
        'If parents/carers have access to a school learning platform where posting or commenting is enabled, parents/carers will be informed about acceptable use.',
        'Parents/Carers are encouraged to comment or post appropriately about Welbeck Primary School. In the event of any offensive or inappropriate comments being made, Welbeck Primary School will ask the parent/carer to remove the post and invite them to discuss the issues in person. If necessary, refer parents to the Welbeck Primary School’s complaints procedures.',
      ),
    ],
  },
  {
    id: 'review',
    level: 2,
    blocks: [p('This policy will be reviewed annually')],
  },
  {
    id: 'top-tips',
    heading: 'APPENDIX ITEMS-Top Tips.',
    level: 2,
    blocks: [
      p('We encourage pupils to take a SMART approach to social media behaviour:'),
      ul(
        'Safe – Do not give out personal information, or post photos of yourself to people you talk to online. Follow age restriction rules.',
        'Meeting – Do not meet somebody you have only met online. We encourage parents/carers to speak regularly to their children about who they are talking to online.',
        'Accepting – We advise that pupils only open emails and other forms of communication from people they already know.',
        'Reliable – We teach pupils about the dangers of believing everything they see online.',
        'Tell – We encourage pupils to tell a teacher, parent or carer if they see anything online that makes them feel uncomfortable',
      ),
    ],
  },
  {
    id: 'personal-use',
    heading: 'Managing your personal use of Social Media:',
    level: 3,
    blocks: [
      ul(
        '“Nothing” on social media is truly private- personal accounts are not private unless you make them private. Keep your personal information private. Check your settings regularly and test your privacy',
        'Social media can blur the lines between your professional and private life. Do not use the Welbeck Primary School logo and/or branding on personal accounts',
        'Keep an eye on your digital footprint',
        'Regularly review your connections – keep them to those you want to be connected to.',
        'When posting online consider; Scale, Audience and Permanency of what you post',
        'Take control of your images – do you want to be tagged in an image? What would children or parents say about you if they could see your images?',
        'Know how to report a problem',
      ),
    ],
  },
  {
    id: 'dos',
    heading: 'The Do’s',
    level: 3,
    blocks: [
      ul(
        'Check with senior staff before publishing content that has controversial implications for the school.',
        'Use a disclaimer when expressing personal views',
        'Make it clear who is posting content',
        'Use an appropriate and professional tone',
        'Be respectful to all parties',
        "Ensure you have permission to 'share' other peoples' materials and acknowledge the author",
        'Express opinions in a balanced and measured manner and, when in doubt, get a second opinion',
        "Seek advice and report any mistakes using the school's reporting process",
        'Consider turning off tagging people in images where possible',
        'Take care with spelling and grammar',
        'Take care who you retweet',
        'Avoid entering into debate/ argument',
        'Remain non partisan',
        'Take care who you accept as a follower',
      ),
    ],
  },
  {
    id: 'donts',
    heading: "The Don'ts",
    level: 3,
    blocks: [
      ul(
        'Do not make comments, post content or link to materials that will bring Welbeck Primary School into disrepute',
        'Do not publish confidential or commercially sensitive material',
        'Do not breach copyright, data protection or other relevant legislation inc. safeguarding',
        'Consider the appropriateness of content for any audience of Welbeck Primary School accounts, and do not link to, embed or add potentially inappropriate content',
        'Do not post derogatory, defamatory, offensive, harassing or discriminatory content',
        'Do not use social media to air internal grievances',
      ),
    ],
  },
];

/** The bullet points of a section's lists, so the structured parts below are the same text as the sections. */
function listItems(sectionId: string): string[] {
  const section = SECTIONS.find((s) => s.id === sectionId);
  if (!section) throw new Error(`No policy section "${sectionId}"`);
  return section.blocks.flatMap((block) =>
    block.kind === 'list' ? block.items.map((item) => item.text) : [],
  );
}

/** "Safe – Do not give out …" → { letter: 'S', word: 'Safe', text: 'Do not give out …' }. */
function smartTip(line: string): SmartTip {
  const [word = '', text = ''] = line.split(' – ', 2);
  return { letter: word.charAt(0), word, text };
}

const KEY_RULES: KeyRule[] = [
  {
    // The rule Post Guard enforces most: first in the popup.
    id: 'identify-pupil-class-school',
    summary: 'Do not post anything that could identify a pupil, a class or the school.',
    quote:
      'Teachers or members of staff must not post any information which could identify a pupil, class or the school.',
    sectionId: 'staff-use',
  },
  {
    id: 'no-contact-pupils-parents',
    summary: 'Do not “friend”, follow or message pupils or their parents and carers on social media.',
    quote:
      'Members of staff must not “friend” or otherwise contact pupils or parents/carers through social media.',
    sectionId: 'staff-use',
  },
  {
    id: 'report-contact-attempts',
    summary: 'If a pupil or parent tries to “friend” or contact you on social media, tell the headteacher.',
    quote:
      'If pupils or parents/carers attempt to “friend” or otherwise contact members of staff through social media, they should be reported to the headteacher.',
    sectionId: 'staff-use',
  },
  {
    id: 'pupil-images-official-only',
    summary: 'Share pictures of pupils only through the school’s own social media accounts and website.',
    quote:
      'Under no circumstances should staff share or upload student/pupil pictures online other than via Welbeck Primary School owned social media accounts and school website.',
    sectionId: 'use-of-images',
  },
  {
    id: 'disclaimer',
    summary:
      'If your personal account names the school, add a disclaimer that you are not speaking for the school.',
    quote: 'Add an appropriate disclaimer to personal accounts when naming Welbeck Primary School.',
    sectionId: 'staff-responsibilities',
  },
  {
    id: 'lesson-time',
    summary: 'No social media in lesson time, unless it is part of a curriculum activity.',
    quote:
      'Staff may not access social media during lesson time, unless it is part of a curriculum activity.',
    sectionId: 'staff-use',
  },
  {
    id: 'report-inappropriate-content',
    summary:
      'If you come across inappropriate content online, fill in an inappropriate website content report form and give it to the headteacher.',
    quote:
      'If inappropriate content is accessed online, an inappropriate website content report form should be completed and passed on to the headteacher.',
    sectionId: 'staff-use',
  },
  {
    id: 'cyberbullying',
    summary:
      'Never reply to or retaliate against cyberbullying. Report it, and ask your line manager or a senior colleague for support.',
    quote:
      'Staff members should never respond or retaliate to cyberbullying incidents. Incidents should instead be reported as inappropriate, and support sought from their line manager or senior staff member.',
    sectionId: 'cyber-bullying',
  },
  {
    id: 'cyberbullying-evidence',
    summary: 'Keep evidence of cyberbullying: screenshots of the messages or pages, with the time and date.',
    quote:
      'Evidence from the incident should be saved, including screen prints of messages or web pages, and the time and date of the incident.',
    sectionId: 'cyber-bullying',
  },
];

export const WELBECK_POLICY: SchoolPolicy = {
  schoolName: 'Welbeck Primary School',
  title: 'Social Media Usage Policy',
  approved: 'March 2026',
  nextReview: 'March 2027',
  sections: SECTIONS,
  smartIntro: 'We encourage pupils to take a SMART approach to social media behaviour:',
  smartTips: listItems('top-tips').map(smartTip),
  dos: listItems('dos'),
  donts: listItems('donts'),
  personalUse: listItems('personal-use'),
  keyRules: KEY_RULES,
};
