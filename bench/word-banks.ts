/**
 * Words and phrases the benchmark's pages are made of: the things a SEND progress update or
 * impact report talks about, in plain English, with the glossary's abbreviations so the
 * abbreviation feature and search have real work to do.
 */

/** Places in Dorset, so pages differ in more than their wording. */
export const places = [
  'Blandford',
  'Bridport',
  'Dorchester',
  'Ferndown',
  'Gillingham',
  'Lyme Regis',
  'Shaftesbury',
  'Sherborne',
  'Sturminster Newton',
  'Swanage',
  'Verwood',
  'Wareham',
  'Weymouth',
  'Wimborne',
  'Portland',
  'Beaminster',
  'Corfe Mullen',
  'Crossways',
  'Lytchett Matravers',
  'Puddletown',
  'Stalbridge',
  'Upton',
  'West Moors',
  'Wool',
  'Charmouth',
  'Cerne Abbas',
  'Chickerell',
  'Colehill',
  'Maiden Newton',
  'Milborne St Andrew',
  'Purbeck',
  'Sixpenny Handley',
] as const;

/** Who did something. */
export const actors = [
  'The SEND team',
  'Our case workers',
  'Health visitors',
  'The Dorset Parent Carer Council (DPCC)',
  'School SENCOs',
  'Educational psychologists',
  'The designated clinical officer',
  'Head teachers',
  'Staff in family hubs',
  'Social workers',
  'Speech and language therapists',
  'Youth workers',
  'The Local Offer team',
  'Our partners in the NHS',
  'Early years settings',
  'Further education colleges',
  'The SENDIASS advisers',
  'Occupational therapists',
  'The CAMHS team',
  'Our school transport team',
  'Parent carer volunteers',
  'The short breaks team',
  'Paediatricians',
  'Portage workers',
  'The preparing for adulthood team',
] as const;

/** What was done, in the past tense: a verb and what it was done to. */
export const deeds = [
  'finished new EHC needs assessments within the 20-week timescale',
  'checked the quality of every new EHC plan',
  'held annual reviews of EHC plans on time',
  'rewrote the letters we send to families after an assessment',
  'trained school staff to spot needs earlier',
  'met parents in their local family hub',
  'answered calls to the SEND helpline within two working days',
  'shared advice from health services before plans were written',
  'set up drop-in sessions for young people aged 14 to 25',
  'visited schools to talk about the graduated approach',
  'looked again at how we decide on requests for an EHC needs assessment',
  'cut the time families wait for a first appointment',
  'added more places in specialist schools',
  'worked with parents to design a new annual review form',
  'explained personal budgets to families in plain English',
  'joined up the neurodevelopmental pathway with schools',
  'settled disagreements through mediation before they reached the SEND Tribunal',
  'tested a new way to plan moves between schools',
  'published clearer information on the Local Offer website',
  'asked children and young people what good support looks like',
  'reviewed every EHCP that was more than a year old',
  'gave SENCOs a named contact in the SEND team',
  'met the integrated care board (ICB) every month to check progress',
  'ran training on writing outcomes that mean something to the child',
  'made sure health advice arrived within six weeks',
  'opened a short breaks scheme for disabled children in the holidays',
  'followed up every complaint within ten working days',
  'checked that transport was in place before the start of term',
] as const;

/** What will be done next, as an action in the present tense. */
export const plans = [
  'check every annual review form before it is sent out',
  'publish our figures on the website each term',
  'train more staff to write plans with families',
  'open two more family hubs',
  'ask families how the new process feels',
  'make the tribunal appeal process easier to understand',
  'bring health, education and care advice together in one meeting',
  'reduce the number of plans that are late',
  'share a short guide to EHC plans for young people',
  'set up a panel of parents to check our letters',
  'look at why some requests for assessment are refused',
  'give every school a plan for SEN support',
  'agree a timetable for annual reviews with each school',
  'improve support for young people moving to college',
  'listen to what the DPCC hears from its members',
] as const;

/** What families, children and young people said. */
export const findings = [
  'they were not always told what happens next',
  'letters were easier to read than before',
  'they wanted one person to talk to',
  'plans now said more about what their child enjoys',
  'it still took too long to hear back after an annual review',
  'the new drop-in sessions helped them feel listened to',
  'they did not know about the Local Offer',
  'health and school staff now talked to each other more',
  'they wanted more notice before meetings',
  'the tribunal process felt hard to follow',
  'short breaks made a real difference to the whole family',
  'the phone line was easier to get through to',
  'their child was happier at school after the plan changed',
  'they wanted the plan to be ready before the move to secondary school',
] as const;

/** Why something matters for families, to finish a sentence starting "so that" or "This means". */
export const outcomes = [
  'children get the right help sooner',
  'families know what is happening and when',
  'young people have a say in their own plans',
  'schools can plan support before a child starts',
  'fewer families need to appeal to the tribunal',
  'plans are written around the child, not the service',
  'help is in place when a young person moves to college',
  'parents do not have to tell their story more than once',
  'support starts before problems grow',
  'every child is known to the right people',
] as const;

/** Things that are counted. */
export const countedThings = [
  'new EHC plans',
  'annual reviews',
  'requests for an EHC needs assessment',
  'tribunal appeals',
  'mediation meetings',
  'calls to the helpline',
  'families who came to a drop-in',
  'training sessions for school staff',
  'complaints',
  'short breaks',
  'personal budgets',
  'health advice requests',
  'school moves planned in time',
  'SENCO network meetings',
] as const;

/** When something happened, as a phrase to end a sentence. */
export const timePhrases = [
  'this term',
  'over the summer',
  'in the autumn term',
  'during the spring',
  'last year',
  'since the revisit',
  'in the first half of the year',
  'by the end of the school year',
  'over the last six months',
  'every week',
] as const;

/** Words that join one sentence to the next, so paragraphs read as paragraphs. */
export const openers = [
  '',
  '',
  '',
  'Since then, ',
  'At the same time, ',
  'As a result, ',
  'Overall, ',
  'In most cases, ',
  'For the first time, ',
  'Even so, ',
] as const;

/** Section headings for progress updates. */
export const progressHeadings = [
  'What we did',
  'What families told us',
  'What changed',
  'What happens next',
  'How we checked',
  'What the figures show',
  'Where to get help',
  'What is still hard',
  'Working with schools',
  'Working with health services',
  'Annual reviews',
  'Getting plans right',
  'Listening to young people',
  'Moving between schools',
] as const;

/** Section headings for impact reports. */
export const reportHeadings = [
  'Looking back on the year',
  'What families told us',
  'What we are proud of',
  'What still needs work',
  'Our plans for next year',
  'How we worked together',
  'Support in schools',
  'Support from health services',
  'Preparing for adulthood',
  'Short breaks and respite',
] as const;

/** Topics for page titles. */
export const titleTopics = [
  'Annual reviews',
  'New EHC plans',
  'Tribunal appeals',
  'Family hubs',
  'Health advice',
  'Short breaks',
  'Moving to college',
  'SEN support in schools',
  'The Local Offer',
  'Mediation',
  'School transport',
  'Listening to families',
  'Training for SENCOs',
  'Personal budgets',
  'Quality checks',
  'Waiting times',
] as const;

/** Partners whose statements impact reports summarise, by role. */
export const partnerRoles = [
  'Dorset Council lead member',
  "Director of Children's Services, Dorset Council",
  'Chief Nursing Officer, NHS Dorset ICB',
  'Chair, Dorset Parent Carer Council (DPCC)',
  'Head of SENDIASS',
  'Chair, Dorset Youth Council',
  'Principal educational psychologist',
] as const;

/** Names of documents facts come from. */
export const sourceNames = [
  'Dorset Council, SEND performance report',
  'Dorset Council, Cabinet report',
  'NHS Dorset, Board papers',
  "Dorset Parent Carer Council, Members' survey",
  'Department for Education, Education, health and care plans',
  'Dorset Council, Scrutiny committee minutes',
  'SEND partnership board, Minutes',
] as const;

/** Pages of the real site a generated page may link to. */
export const siteLinks = [
  { text: 'the glossary', href: '/glossary/' },
  { text: 'all progress updates', href: '/progress/' },
  { text: 'the Written Statement of Action', href: '/statement/' },
  { text: "how we're doing", href: '/how-we-are-doing/' },
  { text: 'how to contact us', href: '/contact/' },
] as const;

/** Month names, for dates written the UK way. */
export const months = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
