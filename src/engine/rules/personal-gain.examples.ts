/** Examples for the personal-gain rule: run by test/unit/engine/rule-examples.test.ts. */
import type { RuleExample } from './examples';

export const valid: RuleExample[] = [
  { text: "The PTA's cake stall raised £90 for the library.", context: { account: 'official' } },
  { text: 'Tickets for the summer concert are £3 through the school app.', context: { account: 'official' } },
  { text: 'Our summer fair raises money for the library.', context: { account: 'official' } },
  { text: 'Use code FAIR24 for my shop.', context: { account: 'personal' } },
  { text: 'Tickets for the school disco are on sale at the office.', context: { account: 'official' } },
  { text: 'Thank you to the local bakery for donating cakes.', context: { account: 'official' } },
  { text: 'Our PTA second-hand uniform sale is on Friday.', context: { account: 'official' } },
  { text: 'Please bring your recipes for the class cookbook.', context: { account: 'official' } },
  { text: 'The book fair is in the hall this week.', context: { account: 'official' } },
  { text: 'Year 6 are running a cake sale for charity.', context: { account: 'official' } },
  { text: 'Parents can order school photos online.', context: { account: 'official' } },
  { text: 'Check out our new school website!', context: { account: 'official' } },
  { text: "The school's Amazon wishlist is linked on our website.", context: { account: 'official' } },
  { text: 'Our business studies club visited a local company.', context: { account: 'official' } },
  { text: 'Well done to our Year 5 enterprise team.', context: { account: 'official' } },
  {
    text: 'We are selling Christmas cards designed by pupils, all profits to the school.',
    context: { account: 'official' },
  },
  { text: 'The school shop is open for uniform orders.', context: { account: 'official' } },
  { text: 'A huge thank you to our sponsors for the new kit.', context: { account: 'official' } },
  { text: 'Tutoring sessions for Year 6 start next week in school.', context: { account: 'official' } },
  { text: 'The PTA quiz night raised £800.', context: { account: 'official' } },
  { text: 'My tutoring business is open for bookings.', context: { account: 'personal' } },
  { text: 'Read our latest newsletter.', context: { account: 'official' } },
  { text: 'Please sponsor our Year 6 sponsored walk for Sport Relief.' },
  { text: 'Our Year 4 charity bake sale is sponsored by the local garden centre.' },
  { text: 'Our Year 3 cookbook is £5, all profits to the library.' },
];

export const invalid: RuleExample[] = [
  {
    text: 'Our receptionist makes lovely wedding cakes, £80 for two tiers, message her!',
    context: { account: 'official' },
    findings: [
      {
        match: 'Our receptionist makes lovely wedding cakes, £80 for two tiers, message her',
        severity: 'warning',
      },
    ],
  },
  {
    text: "My brother's garage is doing MOTs for £35 this month.",
    context: { account: 'official' },
    findings: [{ match: "My brother's garage is doing MOTs for £35", severity: 'warning' }],
  },
  {
    text: 'Use my code TEACH10 for 10% off!',
    context: { account: 'official' },
    findings: [{ match: 'Use my code', severity: 'warning' }],
  },
  {
    text: 'Check out my Etsy shop for handmade cards.',
    context: { account: 'official' },
    findings: [{ match: 'Check out my', severity: 'warning' }],
  },
  {
    text: 'Private tutoring available, DM me for prices.',
    context: { account: 'official' },
    findings: [
      { match: 'Private tutoring', severity: 'warning' },
      { match: 'DM me for prices', severity: 'warning' },
    ],
  },
  {
    text: 'My new book is out now!',
    context: { account: 'official' },
    findings: [{ match: 'My new book', severity: 'warning' }],
  },
  {
    text: 'Buy my resources on TES.',
    context: { account: 'official' },
    findings: [{ match: 'Buy my resources', severity: 'warning' }],
  },
  {
    text: 'Discount code SUMMER for parents.',
    context: { account: 'official' },
    findings: [{ match: 'Discount code', severity: 'warning' }],
  },
  {
    text: 'Great lunchboxes #ad',
    context: { account: 'official' },
    findings: [{ match: '#ad', severity: 'warning' }],
  },
  {
    text: 'Link in bio for my candles.',
    context: { account: 'official' },
    findings: [
      { match: 'Link in bio', severity: 'warning' },
      { match: 'my candles', severity: 'warning' },
    ],
  },
  {
    text: 'Subscribe to my YouTube channel!',
    context: { account: 'official' },
    findings: [{ match: 'Subscribe to my', severity: 'warning' }],
  },
  {
    text: 'Support my small business this Christmas.',
    context: { account: 'official' },
    findings: [{ match: 'my small business', severity: 'warning' }],
  },
  {
    text: 'Buy from me, I sell Avon.',
    context: { account: 'official' },
    findings: [{ match: 'Buy from me', severity: 'warning' }],
  },
  {
    text: "My husband's business does great kitchens.",
    context: { account: 'official' },
    findings: [{ match: "My husband's business", severity: 'warning' }],
  },
  {
    text: 'Sponsor me for the marathon!',
    context: { account: 'official' },
    findings: [{ match: 'Sponsor me', severity: 'warning' }],
  },
  {
    text: 'Join my team and earn extra cash.',
    context: { account: 'official' },
    findings: [
      { match: 'Join my team', severity: 'warning' },
      { match: 'earn extra', severity: 'warning' },
    ],
  },
  {
    text: 'I earn a commission on these links.',
    context: { account: 'official' },
    findings: [{ match: 'I earn a commission', severity: 'warning' }],
  },
  {
    text: 'Affiliate link: https://amzn.to/abc123',
    context: { account: 'official' },
    findings: [
      { match: 'Affiliate link', severity: 'warning' },
      { match: 'https://amzn.to/abc123', severity: 'warning' },
    ],
  },
  {
    text: 'My cakes are for sale, message me to order.',
    context: { account: 'official' },
    findings: [
      { match: 'My cakes', severity: 'warning' },
      { match: 'for sale', severity: 'warning' },
      { match: 'message me to order', severity: 'warning' },
    ],
  },
  {
    text: 'Commissions open for pet portraits.',
    context: { account: 'official' },
    findings: [{ match: 'Commissions open', severity: 'warning' }],
  },
  {
    text: 'My side hustle is going well, follow my page!',
    context: { account: 'official' },
    findings: [
      { match: 'My side hustle', severity: 'warning' },
      { match: 'follow my page', severity: 'warning' },
    ],
  },
  {
    text: 'Promo code TEACHERS gets you free delivery.',
    context: { account: 'official' },
    findings: [{ match: 'Promo code', severity: 'warning' }],
  },
  {
    text: 'We both get a free box when you sign up with the link below.',
    context: { account: 'official' },
    findings: [{ match: 'We both get', severity: 'warning' }],
  },
  {
    text: 'Follow my cake page for orders!',
    context: { account: 'official' },
    findings: [{ match: 'Follow my cake page', severity: 'warning' }],
  },
  {
    text: 'Get a free coffee when you sign up, I get one too.',
    context: { account: 'official' },
    findings: [{ match: 'I get one too', severity: 'warning' }],
  },
  {
    text: 'Mrs Clarke moonlights as a dog groomer, very reasonable, give her a ring.',
    context: { account: 'official' },
    findings: [
      {
        match: 'Mrs Clarke moonlights as a dog groomer, very reasonable, give her a ring',
        severity: 'warning',
      },
    ],
  },
  {
    text: 'Taking orders now for my hand-painted baubles, they make lovely gifts!',
    context: { account: 'official' },
    findings: [{ match: 'Taking orders', severity: 'warning' }],
  },
];
