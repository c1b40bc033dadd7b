/**
 * The word banks the scale benchmark writes its records from: Belize's towns and villages with
 * their coordinates, people's names as Belize has them (Creole, Mestizo, Garifuna, Maya,
 * Mennonite, East Indian), agencies and civil-society groups, and what each theme of an action
 * plan is about. Varied enough that titles, texts and search words differ from record to record,
 * as a real archive's do.
 */

/** Towns and villages by district, with their rough [longitude, latitude]. */
export const places: Record<string, Array<[string, number, number]>> = {
  corozal: [['Corozal Town', -88.3903, 18.3926], ['Sarteneja', -88.1455, 18.3546], ['Chunox', -88.3561, 18.3], ['Patchakan', -88.4567, 18.3742], ['Libertad', -88.4319, 18.2916], ['Consejo', -88.3369, 18.4477], ['Progresso', -88.4098, 18.2254], ['Xaibe', -88.4345, 18.3679]],
  'orange-walk': [['Orange Walk Town', -88.5631, 18.0812], ['San Estevan', -88.5112, 18.1441], ['Trial Farm', -88.5543, 18.1064], ['Shipyard', -88.6466, 17.9277], ['San Felipe', -88.7614, 17.8848], ['Guinea Grass', -88.5944, 17.9654], ['August Pine Ridge', -88.6918, 17.9799], ['Indian Church', -88.6606, 17.7581]],
  belize: [['Belize City', -88.1962, 17.5046], ['Ladyville', -88.2991, 17.5571], ['San Pedro', -87.9648, 17.9214], ['Caye Caulker', -88.0262, 17.7434], ['Burrell Boom', -88.4062, 17.5712], ['Crooked Tree', -88.5317, 17.7768], ['Hattieville', -88.3959, 17.4656], ['Gales Point', -88.3335, 17.1836]],
  cayo: [['Belmopan', -88.7659, 17.2514], ['San Ignacio', -89.0699, 17.1587], ['Santa Elena', -89.0548, 17.1586], ['Benque Viejo del Carmen', -89.1373, 17.0745], ['Spanish Lookout', -88.9963, 17.2283], ['Valley of Peace', -88.7916, 17.3312], ['Georgeville', -88.9844, 17.2043], ['Teakettle', -88.8916, 17.2274]],
  'stann-creek': [['Dangriga', -88.2158, 16.9697], ['Hopkins', -88.2792, 16.8551], ['Placencia', -88.3663, 16.5136], ['Independence', -88.4145, 16.5322], ['Seine Bight', -88.3571, 16.5724], ['Pomona', -88.3136, 17.0039], ['Silk Grass', -88.3403, 16.8883], ['Georgetown', -88.3939, 16.6817]],
  toledo: [['Punta Gorda', -88.8075, 16.0985], ['San Antonio', -89.0207, 16.2431], ['Barranco', -88.9131, 16.0031], ['Big Falls', -88.8777, 16.2578], ['San Pedro Columbia', -88.9711, 16.2861], ['Golden Stream', -88.7855, 16.3534], ['Blue Creek', -88.9909, 16.1945], ['Monkey River', -88.4853, 16.3619]],
};

/** Venues a meeting may take place in, in a town. */
export const venueKinds = ['Town Hall', 'Community Centre', 'Public Library', 'Village Council Hall', 'Multi-Purpose Centre', 'Civic Centre', 'Primary School Hall', 'Women\'s Group Centre', 'Cooperative Hall'];

export const firstNames = [
  'Marisol', 'Andre', 'Rolando', 'Keisha', 'Ernesto', 'Jerome', 'Patricia', 'Kevin', 'María José', 'Elena', 'Marcus', 'Lionel', 'Samuel', 'Yvette', 'Aurelio', 'Nadia',
  'Carlos', 'Shanice', 'Delroy', 'Gilda', 'Wilfredo', 'Imani', 'Justo', 'Leticia', 'Pedro', 'Candice', 'Dorla', 'Ezequiel', 'Francis', 'Gloria', 'Hector', 'Ines',
  'Jacinto', 'Kimberly', 'Lorna', 'Manuel', 'Norma', 'Orlando', 'Perla', 'Quincy', 'Rosalba', 'Sherlene', 'Teodoro', 'Ursula', 'Valentín', 'Wendell', 'Xiomara', 'Yolanda',
  'Zenaida', 'Abraham', 'Benjamin', 'Cornelius', 'Anneliese', 'Rajesh', 'Priya', 'Tomasa', 'Isidoro', 'Pascuala', 'Augustine', 'Cleopatra', 'Desmond', 'Evadne',
];

export const surnames = [
  'Chan', 'Gillett', 'Castillo', 'Flowers', 'Requena', 'Arnold', 'Bol', 'Martinez', 'Vásquez', 'Cawich', 'Gentle', 'Gomez', 'Nicholas', 'Arzu', 'Coc', 'Sho', 'Cal', 'Choc',
  'Pop', 'Teul', 'Ical', 'Bo', 'Sanchez', 'Usher', 'Young', 'Baptist', 'Lambey', 'Palacio', 'Martínez', 'Núñez', 'Zuniga', 'Lopez', 'Moh', 'Tzul', 'Mai', 'Ku', 'Blanco',
  'Reimer', 'Friesen', 'Dueck', 'Penner', 'Thiessen', 'Singh', 'Ramnarace', 'Mahmud', 'Westby', 'Gladden', 'Tillett', 'Hyde', 'Faber', 'Longsworth', 'Card', 'Perdomo',
  'Ayuso', 'Espat', 'Garbutt', 'Cadle', 'Enriquez', 'Magaña', 'Carcamo', 'Balderamos', 'Guerrero', 'Pott', 'Ramirez', 'Moguel', 'Coleman', 'Hulse', 'Neal',
];

/** Government bodies the site's records name, beyond the sample's own. */
export const governmentSubjects = [
  'Agriculture, Food Security and Enterprise', 'Blue Economy and Marine Conservation', 'Rural Transformation', 'Human Development, Families and Indigenous Peoples\' Affairs',
  'Infrastructure Development and Housing', 'Tourism and Diaspora Relations', 'Natural Resources, Petroleum and Mining', 'Sustainable Development and Climate Change',
  'Home Affairs and New Growth Industries', 'Youth, Sports and E-Governance', 'Foreign Affairs and Immigration', 'Labour, Local Government and Rural Development',
  'Public Utilities, Energy and Logistics', 'Culture and Heritage', 'Investment and Trade',
];
export const agencyKinds = ['Department of', 'Unit for', 'Office of', 'Authority for', 'Board of', 'Commission on', 'Bureau of', 'Secretariat for'];
export const agencySubjects = [
  'Land Registry', 'Vital Statistics', 'Public Procurement', 'Fisheries Licensing', 'Water and Sanitation', 'Road Safety', 'Disaster Preparedness', 'Rural Electrification',
  'Social Assistance', 'School Transport', 'Forest Management', 'Small Business Support', 'Public Records', 'Community Policing', 'Consumer Protection', 'Cooperatives',
  'Tourism Standards', 'Building Permits', 'Civil Aviation', 'Port Services', 'Cultural Heritage Sites', 'Youth Employment', 'Adult Education', 'Mental Health Services',
];
export const groupKinds = ['Women\'s Cooperative', 'Youth Council', 'Community Development Association', 'Fishers\' Association', 'Farmers\' Cooperative', 'Parents\' Association', 'Citizens\' Forum', 'Heritage Society', 'Environmental Trust', 'Disability Network', 'Residents\' Committee', 'Tourism Association', 'Credit Union', 'Village Water Board', 'Sports Federation'];
export const businessKinds = ['Chamber of Commerce', 'Hoteliers\' Association', 'Citrus Growers\' Association', 'Sugar Cane Producers\' Association', 'Transport Operators\' Union', 'Retailers\' Association', 'Builders\' Association', 'Software Association'];
export const internationalNames = ['Caribbean Community Secretariat', 'Inter-American Development Bank, Belize office', 'United Nations Development Programme, Belize', 'Commonwealth Secretariat', 'Central American Integration System', 'Caribbean Development Bank', 'European Union Delegation to Belize', 'Pan American Health Organization, Belize'];

/** What commitments, datasets and meetings of each theme are about. */
export const topics: Record<string, string[]> = {
  'open-data': ['the national open data portal', 'geospatial data on public services', 'a statistics release calendar', 'open data on road works', 'data on public transport routes', 'addresses and postcodes', 'data for location-based apps'],
  'access-to-information': ['freedom of information requests', 'proactive disclosure by ministries', 'public records management', 'information officers in every district', 'the register of information requests', 'archives of cabinet decisions'],
  'fiscal-openness': ['budget execution reports', 'public procurement', 'the citizens\' budget', 'tax exemptions', 'public debt reporting', 'grants to civil society', 'municipal revenue'],
  'public-services': ['service charters', 'online permits and licences', 'electricity outage reporting', 'social assistance payments', 'public transport timetables', 'water supply complaints', 'birth and death registration'],
  health: ['waiting times at clinics', 'medicine stock-outs', 'rural health posts', 'maternal health services', 'community health workers', 'mental health referrals', 'vaccination coverage'],
  education: ['school profiles', 'teacher allocation', 'school feeding', 'scholarship awards', 'civic education', 'school transport', 'early childhood centres'],
  environment: ['mangrove protection', 'fisheries licences', 'water quality in rivers', 'climate adaptation funds', 'land use permits', 'protected areas', 'solid waste collection'],
  justice: ['court judgments', 'the case backlog', 'legal aid', 'complaints against the police', 'juvenile justice', 'small claims courts'],
  'civic-space': ['public consultations', 'youth councils', 'community boards', 'petitions to the National Assembly', 'volunteer networks', 'village council elections'],
  'anti-corruption': ['asset declarations', 'beneficial ownership', 'whistle-blower protection', 'follow-up of audit findings', 'conflicts of interest', 'lobbying'],
  'local-government': ['municipal budgets', 'town council meetings', 'village councils', 'local service charters', 'market fees', 'street lighting'],
};

/** How a commitment's title opens. */
export const commitmentVerbs = ['Publish', 'Open up', 'Track', 'Monitor', 'Involve communities in', 'Strengthen oversight of', 'Digitise', 'Report on', 'Co-design', 'Make public'];

/** Dataset titles: what the rows are. */
export const datasetNouns = ['register of', 'quarterly report on', 'monthly figures on', 'survey of', 'list of sites for', 'inventory of', 'annual statistics on', 'map of'];

/** Sentences, with slots filled from the record: {org}, {topic}, {place}, {district}, {year}, {n}, {person}, {month}. */
export const sentences = [
  '{org} will publish {topic} every quarter, starting with {place}.',
  'Residents of {place} asked for {topic} at the consultation of {month} {year}.',
  'In {year}, only {n} of the {m} offices concerned published anything on {topic}.',
  '{person} presented the draft and answered questions from the floor.',
  'The working group agreed to meet again in {place} before the end of {month}.',
  'Civil society members asked that {topic} be published in Spanish, Kriol and Q\'eqchi\' as well as English.',
  'A first set of figures for {district} was shared with the Mechanism for comment.',
  '{org} explained that the delay came from staff changes and a new records system.',
  'The data will be updated every month and kept for at least ten years.',
  'Members noted that {n} complaints had been received since the last meeting, most of them from {place}.',
  'The secretariat will circulate the revised timeline within two weeks.',
  'A pilot in {place} showed that publishing {topic} cut waiting times by a third.',
  'The representative of {org} abstained, asking for legal advice first.',
  'Journalists and students used the first release within days of its publication.',
  'Schools, clinics and village councils in {district} District will be asked what they need.',
  '{person} reminded members that the minutes must be published within fifteen working days.',
  'The budget for {topic} comes from the {year} estimates, with support from development partners.',
  'Several speakers stressed that information should reach people without internet access, through radio and notice boards.',
  'The fisherfolk of {place} raised the cost of licences and the time it takes to renew them.',
  'The Mechanism asked {org} to report back at its next ordinary meeting.',
  'A phone line and a WhatsApp number will be set up so that residents can report problems.',
  'Women\'s groups from {district} asked for meetings to be held in the evening so that they can attend.',
  'The first report covers {n} villages and will be extended to the whole district in {year}.',
  'Members welcomed the progress but regretted that the second milestone is overdue.',
];

/** Agenda items of a meeting. */
export const agendaItems = ['Welcome and apologies', 'Approval of the minutes of the last meeting', 'Progress report on the action plan', 'Overdue milestones', 'Public input received', 'Report of the working groups', 'Open data releases', 'Budget for the coming year', 'Preparation of the next action plan', 'Any other business'];

/** Who writes commits in the generated history. */
export const editors = ['Marisol Chan', 'Andre Gillett', 'Keisha Flowers', 'Patricia Bol', 'Rolando Castillo', 'Nadia Coc', 'Delroy Usher', 'Gilda Palacio'];
