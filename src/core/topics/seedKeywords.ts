/**
 * HAND-WRITTEN keyword seeds of the topic model: edit here, then run
 * `node scripts/build-topics.js` to regenerate data/topics/lexicon.json (the runtime reads
 * only that file; this one is not imported by the extension).
 *
 * One entry per Topics tag of en.kremlin.ru (taxonomy.json, NBSP written as a space). The
 * words come from general knowledge of each field, not from the corpus pages: they are the
 * words a reader would take as a sign of the topic in any transcript. A keyword is a word or
 * a phrase of up to three words, written in its ordinary form (the stemmer reduces it as it
 * reduces the text: `hospitals` finds `hospital`). A keyword in capitals (`US`, `SMO`) matches
 * only words in capitals. The same word may serve several topics.
 *
 * Weights: `strong` words name the topic by themselves (2), `normal` words point to it (1),
 * `weak` words lean towards it in company (0.4). Words learned from the tagged pages weigh
 * at most 0.8 (see scripts/build-topics.js), so a seed always outweighs them.
 */

/** The keywords of one topic, by weight class. */
export interface SeedTopic {
  readonly strong?: readonly string[];
  readonly normal?: readonly string[];
  readonly weak?: readonly string[];
}

/** The weight of each class. */
export const SEED_WEIGHTS = { strong: 2, normal: 1, weak: 0.4 } as const;

/**
 * How the builder turns the Geography tags of taxonomy.json into keywords: country names
 * point to Foreign policy, names of Russian regions (their distinctive words) to Regions.
 */
export const PLACE_NAMES = {
  countryTopic: 'Foreign policy',
  countryWeight: 1,
  regionTopic: 'Regions',
  regionWeight: 0.5,
  /** Words of region names that say nothing about a place. */
  regionGenericWords: ['region', 'territory', 'republic', 'of', 'the', 'autonomous', 'area', 'jewish', 'north', 'saint', 'el', 'mari', 'yakutia', 'sakha'],
  /** Region names that are also common first names, surnames or the capital (`Vladimir Putin`, `Moscow`). */
  regionWordsExcluded: ['vladimir', 'moscow', 'kirov', 'orel', 'kursk', 'alania'],
  /** Country names with more words than this are left to the seeds (`Democratic People’s Republic of Korea`). */
  maxCountryWords: 3,
} as const;

/** The seeds, in the order of taxonomy.json (most used tag first). */
export const SEED_KEYWORDS: Readonly<Record<string, SeedTopic>> = {
  'Foreign policy': {
    strong: ['foreign policy', 'bilateral', 'diplomatic', 'diplomacy', 'diplomat', 'ambassador', 'embassy', 'foreign minister', 'foreign ministry', 'intergovernmental', 'interstate', 'union state', 'multilateral', 'geopolitical'],
    normal: [
      'partner', 'partnership', 'international', 'treaty', 'sanctions', 'negotiations', 'counterpart', 'delegation', 'summit', 'foreign', 'abroad',
      'ally', 'allies', 'nato', 'peace', 'peacekeeping', 'visit', 'talks', 'trade turnover', 'mutual trade', 'world affairs', 'china', 'korea', 'palestine', 'america', 'britain',
      'USA', 'US', 'UK', 'american', 'chinese', 'german', 'french', 'british', 'ukrainian', 'belarusian', 'kazakh', 'turkish', 'japanese', 'indian', 'iranian',
      'syrian', 'israeli', 'palestinian', 'hungarian', 'austrian', 'italian', 'spanish', 'serbian', 'armenian', 'azerbaijani', 'uzbek', 'kyrgyz', 'tajik', 'turkmen',
      'european', 'europe', 'asian', 'africa', 'african', 'latin america', 'middle east', 'washington', 'beijing', 'berlin', 'paris', 'london', 'kiev', 'kyiv',
      'minsk', 'ankara', 'tokyo', 'brussels', 'swiss', 'argentine', 'brazilian', 'egyptian', 'vietnamese', 'mongolian', 'korean', 'donbass',
    ],
    weak: ['cooperation', 'relations', 'countries', 'country', 'nations', 'world', 'global', 'trade', 'conflict', 'settlement', 'crisis', 'sovereignty', 'western'],
  },
  Regions: {
    strong: ['governor', 'gubernatorial', 'regional heads', 'federal district', 'federal subjects', 'constituent entities', 'constituent entity', 'socioeconomic development'],
    normal: ['region', 'regional', 'territory', 'territories', 'municipal', 'municipality', 'rural', 'village', 'villages', 'far east', 'siberia', 'north caucasus', 'urals', 'integrated development', 'local authorities', 'district'],
    weak: ['republic', 'city', 'cities', 'town', 'towns', 'residents', 'infrastructure', 'local'],
  },
  Culture: {
    strong: ['culture', 'cultural', 'museum', 'theatre', 'theater', 'library', 'literature', 'cinema', 'ballet', 'opera', 'orchestra', 'philharmonic', 'cultural heritage', 'archaeological', 'artist', 'artists', 'painter'],
    normal: ['art', 'arts', 'film', 'films', 'music', 'musician', 'concert', 'heritage', 'exhibition', 'festival', 'writer', 'poet', 'composer', 'creative', 'creativity', 'restoration', 'folk', 'crafts', 'book', 'books', 'monument', 'architecture', 'actor', 'director', 'gallery', 'painting'],
    weak: ['history', 'historical', 'tradition', 'traditions', 'memory', 'spiritual'],
  },
  Sport: {
    strong: ['sport', 'sports', 'athlete', 'athletes', 'olympic', 'olympics', 'paralympic', 'championship', 'football', 'hockey', 'figure skating', 'world cup', 'fifa', 'universiade', 'biathlon', 'doping'],
    normal: ['champion', 'champions', 'tournament', 'coach', 'coaches', 'stadium', 'fitness', 'physical education', 'physical culture', 'team', 'match', 'league', 'boxing', 'wrestling', 'skiing', 'swimming', 'sportsmen', 'rally', 'medals', 'games', 'players', 'fans'],
    weak: ['competition', 'competitions', 'victory', 'win', 'training'],
  },
  'Economy and finance': {
    strong: ['economy', 'economic growth', 'gdp', 'inflation', 'macroeconomic', 'recession', 'exchange rate', 'ruble', 'rouble'],
    normal: ['economic', 'finance', 'financial', 'currency', 'debt', 'growth', 'export', 'exports', 'exporter', 'exporters', 'market', 'markets', 'prices', 'price', 'income', 'incomes', 'revenue', 'stock', 'economic development', 'productivity'],
    weak: ['trade', 'capital', 'import', 'imports', 'companies', 'business', 'billion', 'percent', 'sanctions'],
  },
  'Armed Forces': {
    strong: ['armed forces', 'army', 'military', 'troops', 'servicemen', 'serviceman', 'soldier', 'soldiers', 'defence ministry', 'defence minister', 'navy', 'naval', 'special military operation', 'SMO', 'military personnel', 'fatherland defenders', 'general staff', 'missile', 'missiles', 'weapons', 'combat', 'airborne', 'conscription', 'demobilised', 'mobilised', 'mobilisation'],
    normal: ['officer', 'officers', 'fleet', 'arms', 'weapon', 'tank', 'tanks', 'commander', 'brigade', 'regiment', 'defenders', 'defender', 'front', 'frontline', 'wounded', 'drills', 'hypersonic', 'warships', 'submarine', 'submarines', 'nuclear triad', 'military units', 'veterans', 'defence'],
    weak: ['exercises', 'heroes', 'war', 'units', 'operation', 'security'],
  },
  'National security': {
    strong: ['national security', 'security council', 'strategic stability', 'arms control', 'cybersecurity', 'intelligence service', 'special services'],
    normal: ['security', 'threat', 'threats', 'border', 'borders', 'intelligence', 'fsb', 'cyber', 'nuclear weapons', 'deterrence', 'sanitary', 'epidemiological', 'protection'],
    weak: ['defence', 'stability', 'sovereignty', 'safety', 'risks'],
  },
  'Civil service': {
    strong: ['civil service', 'civil servants', 'public administration', 'state administration', 'bureaucracy', 'government agencies', 'federal agency', 'public service'],
    normal: ['officials', 'appointment', 'appointed', 'ministry', 'ministries', 'agency', 'agencies', 'governance', 'emergencies ministry', 'rescuers', 'firefighters', 'administration', 'executive authorities'],
    weak: ['official', 'minister', 'government', 'management', 'authorities', 'staff'],
  },
  Industry: {
    strong: ['industry', 'industrial', 'manufacturing', 'manufacturer', 'manufacturers', 'factory', 'factories', 'shipbuilding', 'machine building', 'automotive', 'metallurgy', 'defence industry', 'military-industrial', 'aircraft building', 'industrial production', 'machine tools'],
    normal: ['plant', 'plants', 'enterprise', 'enterprises', 'aircraft', 'vehicles', 'vehicle', 'trucks', 'engine', 'engines', 'steel', 'chemical', 'electronics', 'microelectronics', 'helicopters', 'helicopter', 'workshop', 'assembly', 'carriages', 'manufactured', 'component', 'components', 'production', 'car industry', 'engineering'],
    weak: ['produce', 'products', 'equipment', 'cars', 'output', 'technology', 'import substitution'],
  },
  Energy: {
    strong: ['energy', 'oil', 'gas', 'lng', 'power plant', 'power plants', 'power station', 'electricity', 'nuclear power', 'pipeline', 'pipelines', 'gazprom', 'rosneft', 'lukoil', 'rosatom', 'transneft', 'novatek', 'rushydro', 'opec', 'hydrocarbons', 'refinery', 'oilfield', 'power generation', 'power unit'],
    normal: ['fuel', 'coal', 'refining', 'drilling', 'barrels', 'barrel', 'power grid', 'thermal', 'hydroelectric', 'hydropower', 'megawatts', 'kilowatt', 'reactor', 'nuclear', 'deposit', 'deposits', 'petroleum', 'petrochemical', 'gasification', 'nord stream', 'turkish stream', 'power'],
    weak: ['supplies', 'supply', 'field', 'fields', 'tariffs', 'generation'],
  },
  Healthcare: {
    strong: ['healthcare', 'health care', 'hospital', 'hospitals', 'clinic', 'clinics', 'clinical', 'medical', 'doctor', 'doctors', 'physician', 'nurse', 'nurses', 'patient', 'patients', 'disease', 'diseases', 'surgical', 'surgery', 'cancer', 'oncology', 'pandemic', 'epidemic', 'coronavirus', 'covid', 'infection', 'outpatient', 'polyclinic', 'psychiatric', 'ambulance', 'paramedic'],
    normal: ['health', 'treatment', 'vaccine', 'vaccination', 'virus', 'beds', 'diagnostics', 'medicine', 'maternity', 'cardiology', 'rehabilitation', 'infectious', 'pneumonia', 'quarantine', 'tests', 'testing'],
    weak: ['care', 'life expectancy', 'mortality', 'medics'],
  },
  'Social services': {
    strong: ['social support', 'social services', 'social protection', 'social security', 'welfare', 'low-income', 'poverty', 'social sphere', 'social payments', 'social obligations', 'support measures'],
    normal: ['social', 'benefits', 'allowance', 'allowances', 'payments', 'elderly', 'needy', 'vulnerable', 'nursing homes', 'volunteers', 'assistance', 'families', 'family', 'child benefit', 'mothers'],
    weak: ['support', 'care', 'people', 'pensioners', 'income'],
  },
  'Great Patriotic War': {
    strong: ['great patriotic war', 'second world war', 'world war', 'victory day', 'nazism', 'nazi', 'nazis', 'fascism', 'fascist', 'fascists', 'wartime', 'siege', 'stalingrad', 'immortal regiment', 'unknown soldier', 'holocaust'],
    normal: ['veterans', 'victory', 'fallen', 'memorial', 'blockade', 'heroism', 'frontline', '1941', '1945', 'liberation', 'war veterans'],
    weak: ['memory', 'war', 'soldiers', 'heroes', 'anniversary', 'history'],
  },
  Transport: {
    strong: ['transport', 'transportation', 'railway', 'railways', 'airport', 'airports', 'airline', 'airlines', 'highway', 'highways', 'motorway', 'logistics', 'aeroflot', 'russian railways', 'northern sea route', 'seaport', 'freight'],
    normal: ['road', 'roads', 'rail', 'railroad', 'aviation', 'flight', 'flights', 'port', 'ports', 'shipping', 'cargo', 'bridge', 'bridges', 'tunnel', 'traffic', 'bus', 'buses', 'metro', 'subway', 'transit', 'container', 'terminal', 'trains', 'passengers', 'passenger', 'routes', 'route', 'vessels', 'ships'],
    weak: ['infrastructure', 'car', 'cars', 'routes', 'travel'],
  },
  Religion: {
    strong: ['church', 'churches', 'orthodox', 'religious', 'religion', 'religions', 'patriarch', 'metropolitan', 'diocese', 'clergy', 'priest', 'priests', 'monastery', 'islam', 'muslim', 'muslims', 'mosque', 'buddhist', 'buddhism', 'judaism', 'christian', 'christianity', 'bishop', 'pilgrims', 'pilgrimage'],
    normal: ['faith', 'believers', 'spiritual', 'confessions', 'saint', 'holy', 'god', 'prayer', 'moral values', 'traditional values'],
    weak: ['values', 'moral'],
  },
  'Science and innovation': {
    strong: ['science', 'scientific', 'scientist', 'scientists', 'research', 'researchers', 'innovation', 'innovations', 'innovative', 'academy of sciences', 'laboratory', 'laboratories', 'artificial intelligence', 'high-tech', 'technological', 'startups', 'nanotechnology', 'skolkovo'],
    normal: ['technology', 'technologies', 'discovery', 'physics', 'chemistry', 'biology', 'genetics', 'patents', 'inventions', 'engineers', 'digital', 'breakthrough', 'experiment', 'developments'],
    weak: ['engineering', 'development', 'modern', 'knowledge'],
  },
  Media: {
    strong: ['media', 'journalist', 'journalists', 'journalism', 'newspaper', 'newspapers', 'television', 'broadcasting', 'broadcaster', 'mass media', 'news agency', 'news agencies', 'editor', 'editors', 'reporter', 'reporters', 'freedom of speech', 'censorship'],
    normal: ['TV', 'channel', 'channels', 'press', 'news', 'interview', 'publication', 'radio', 'correspondent', 'bloggers', 'blogger', 'social networks', 'propaganda', 'information', 'audience', 'articles', 'publish', 'published'],
    weak: ['internet', 'public opinion', 'agency', 'question', 'questions'],
  },
  Children: {
    strong: ['children', 'child', 'childhood', 'orphans', 'orphanage', 'adoption', 'kindergarten', 'kindergartens', 'preschool', "children's rights", 'infants', 'newborns'],
    normal: ['kids', 'teenagers', 'adolescents', 'youngsters', 'young people', 'schoolchildren', 'families with children', 'mothers', 'youth', 'camps'],
    weak: ['families', 'young', 'school', 'family'],
  },
  Environment: {
    strong: ['environment', 'environmental', 'ecology', 'ecological', 'pollution', 'emissions', 'landfill', 'landfills', 'recycling', 'climate change', 'national park', 'nature reserve', 'wildlife', 'biodiversity', 'greenhouse gas', 'greenhouse gases', 'carbon'],
    normal: ['waste', 'climate', 'nature', 'forest', 'forests', 'species', 'clean air', 'protected areas', 'water bodies', 'baikal', 'wildfires', 'animals', 'conservation', 'lakes'],
    weak: ['water', 'rivers', 'river', 'lake', 'air'],
  },
  Budget: {
    strong: ['budget', 'budgets', 'budgetary', 'federal budget', 'budget funds', 'accounts chamber', 'expenditures', 'expenditure', 'deficit', 'subsidies', 'subsidy', 'budget revenues'],
    normal: ['spending', 'allocated', 'allocate', 'allocation', 'funding', 'funds', 'financing', 'surplus', 'audit', 'transfers', 'treasury', 'reserve fund', 'national wealth fund'],
    weak: ['billion', 'rubles', 'roubles', 'money', 'trillion', 'costs'],
  },
  'Fight against terrorism': {
    strong: ['terrorism', 'terrorist', 'terrorists', 'counter-terrorism', 'anti-terrorist', 'militants', 'isis', 'isil', 'islamic state', 'al-qaeda', 'hostages', 'terror', 'terrorist attack', 'terrorist attacks'],
    normal: ['extremist', 'extremists', 'extremism', 'bombing', 'explosion', 'attack', 'attacks', 'radical', 'jihadist'],
    weak: ['violence', 'victims', 'security'],
  },
  'State decorations': {
    strong: ['state decorations', 'decorations', 'decoration', 'hero of russia', 'hero of labour', 'order of merit', 'honorary title', 'medal of', 'merited', 'order of courage', 'order for merit'],
    normal: ['award', 'awards', 'awarded', 'medal', 'medals', 'honour', 'honorary', 'ceremony', 'decorated'],
    weak: ['congratulate', 'heroes', 'gratitude', 'order'],
  },
  'Support for business': {
    strong: ['support for business', 'entrepreneurs', 'entrepreneur', 'entrepreneurship', 'small business', 'small businesses', 'medium-sized', 'smes', 'business climate', 'self-employed', 'red tape', 'administrative barriers', 'business ombudsman'],
    normal: ['business', 'businesses', 'inspections', 'regulatory', 'deregulation', 'private business', 'business community', 'loans', 'export support', 'business activity'],
    weak: ['companies', 'private', 'competition'],
  },
  'Professional training': {
    strong: ['professional training', 'vocational', 'worldskills', 'personnel training', 'vocational education', 'professional education', 'retraining', 'apprenticeship', 'technical schools', 'qualifications'],
    normal: ['training', 'skills', 'colleges', 'college', 'specialists', 'workforce', 'trained', 'train', 'qualified', 'professions', 'profession', 'working professions'],
    weak: ['staff', 'young people', 'personnel', 'education', 'engineers'],
  },
  Parties: {
    strong: ['party', 'parties', 'united russia', 'communist', 'ldpr', 'faction', 'factions', 'election', 'elections', 'electoral', 'voters', 'voting', 'ballot', 'turnout', 'political parties', 'just russia'],
    normal: ['vote', 'votes', 'candidate', 'candidates', 'campaign', 'opposition', 'elected', 'politicians', 'parliamentary', 'deputies', 'duma'],
    weak: ['political', 'parliament', 'politics'],
  },
  Agriculture: {
    strong: ['agriculture', 'agricultural', 'farm', 'farms', 'farmer', 'farmers', 'farming', 'agribusiness', 'agro-industrial', 'crop', 'crops', 'harvest', 'grain', 'wheat', 'livestock', 'cattle', 'dairy', 'poultry', 'fertilisers', 'fertilizers', 'sown area', 'sown areas', 'agricultural producers', 'combine harvesters', 'veterinary', 'tractors', 'irrigation'],
    normal: ['flax', 'meat', 'milk', 'pork', 'seeds', 'seed', 'breeding', 'rural', 'fishery', 'fisheries', 'fish', 'vegetables', 'fruit', 'fruits', 'potatoes', 'sugar', 'food', 'agrarian', 'land', 'hectares', 'tonnes', 'greenhouses', 'sowing'],
    weak: ['products', 'production', 'village', 'villages', 'processing'],
  },
  Banks: {
    strong: ['bank', 'banks', 'banking', 'central bank', 'sberbank', 'vtb', 'mortgage', 'interest rate', 'interest rates', 'key rate', 'lending', 'loans', 'bank cards'],
    normal: ['loan', 'credit', 'borrowers', 'deposits', 'financial institutions', 'payment system', 'savings', 'refinancing', 'rates'],
    weak: ['financial', 'money', 'capital', 'rate'],
  },
  'Human rights': {
    strong: ['human rights', 'human rights council', 'ombudsman', 'civil society', 'non-governmental', 'NGO', 'NGOs', 'foreign agents', 'freedoms', 'torture', 'discrimination'],
    normal: ['rights', 'freedom', 'prisoners', 'detention', 'activists', 'civil rights', 'protest', 'protests', 'rallies'],
    weak: ['public', 'law', 'citizens'],
  },
  CIS: {
    strong: ['CIS', 'commonwealth of independent states', 'post-soviet'],
    normal: ['former soviet', 'soviet republics', 'commonwealth'],
  },
  Space: {
    strong: ['cosmonaut', 'cosmonauts', 'astronaut', 'astronauts', 'spacecraft', 'roscosmos', 'cosmodrome', 'vostochny', 'baikonur', 'orbit', 'orbital', 'space station', 'gagarin', 'glonass', 'space industry', 'space exploration', 'rocket', 'rockets'],
    normal: ['satellite', 'satellites', 'lunar', 'moon', 'mars', 'launch vehicle'],
    weak: ['launch', 'space'],
  },
  EAEU: {
    strong: ['eurasian economic union', 'EAEU', 'eurasian economic commission', 'EEC', 'eurasian integration', 'single economic space'],
    normal: ['eurasian', 'common market', 'member states'],
    weak: ['integration'],
  },
  'Fight against crime': {
    strong: ['crime', 'crimes', 'criminal', 'criminals', 'organised crime', 'fraud', 'theft', 'murder', 'offenders', 'offences', 'prosecutor general', 'investigative committee'],
    normal: ['prosecutor', 'prosecutors', 'investigation', 'investigators', 'police', 'illegal', 'violations', 'offence', 'justice'],
    weak: ['law', 'security'],
  },
  Housing: {
    strong: ['housing', 'apartments', 'apartment', 'mortgage', 'residential', 'housing construction', 'dilapidated housing', 'emergency housing', 'square metres', 'square meters', 'homeowners', 'affordable housing'],
    normal: ['homes', 'flats', 'rent', 'renovation', 'residential buildings', 'housing stock', 'living conditions'],
    weak: ['home', 'building', 'built', 'house', 'houses'],
  },
  'State awards': {
    strong: ['state awards', 'state prize', 'state prizes', 'laureates', 'laureate', 'prize winners'],
    normal: ['prize', 'prizes', 'award', 'awards', 'awarded', 'ceremony'],
    weak: ['congratulate', 'honour'],
  },
  Universities: {
    strong: ['university', 'universities', 'higher education', 'students', 'student', 'rector', 'professors', 'campus', 'postgraduate', 'graduates', 'academic'],
    normal: ['professor', 'faculty', 'education', 'educational', 'institute', 'institutes', 'study', 'studies', 'scholarships'],
    weak: ['young people', 'science', 'research'],
  },
  Investment: {
    strong: ['investment', 'investments', 'investor', 'investors', 'investment climate', 'investment projects', 'capital investment', 'direct investment', 'investment appeal', 'RDIF', 'invest', 'invested'],
    normal: ['projects', 'project', 'ventures', 'joint ventures', 'portfolio', 'financing', 'capital'],
    weak: ['billion', 'companies', 'funds', 'fund'],
  },
  'Labour market': {
    strong: ['labour market', 'employment', 'unemployment', 'unemployed', 'jobs', 'wages', 'salary', 'salaries', 'minimum wage', 'vacancies', 'employers', 'job creation', 'new jobs'],
    normal: ['job', 'workers', 'workforce', 'labour', 'employees', 'employed', 'employ', 'wage', 'working conditions', 'work'],
    weak: ['staff', 'people', 'income'],
  },
  'Construction industry': {
    strong: ['construction industry', 'builders', 'building materials', 'construction sites', 'construction site', 'cement', 'urban planning', 'construction companies', 'contractors', 'construction'],
    normal: ['build', 'built', 'building', 'buildings', 'builder', 'contractor', 'design', 'designing', 'developers', 'architecture', 'erected', 'reconstruction'],
    weak: ['facilities', 'facility', 'infrastructure', 'project'],
  },
  G20: {
    strong: ['G20', 'group of twenty', 'G20 summit'],
    normal: ['twenty'],
  },
  'Law enforcement agencies': {
    strong: ['law enforcement', 'law enforcement agencies', 'interior ministry', 'national guard', 'rosgvardia', 'prosecutor general', 'investigative committee', 'police officers', 'security agencies'],
    normal: ['police', 'prosecutors', 'fsb', 'enforcement', 'investigators', 'prosecutor', 'interior'],
    weak: ['officers', 'law', 'order'],
  },
  CSTO: {
    strong: ['CSTO', 'collective security treaty', 'collective security'],
    normal: ['collective rapid reaction'],
  },
  School: {
    strong: ['school', 'schools', 'teacher', 'teachers', 'pupils', 'schoolchildren', 'classroom', 'curriculum', 'textbooks', 'unified state exam', 'secondary school', 'general education'],
    normal: ['education', 'educational', 'exams', 'exam', 'lessons', 'students', 'teaching', 'graduates'],
    weak: ['children', 'young'],
  },
  Demographics: {
    strong: ['demography', 'demographic', 'demographics', 'birth rate', 'birth rates', 'fertility', 'life expectancy', 'large families', 'maternity capital', 'depopulation', 'population decline', 'population growth'],
    normal: ['population', 'births', 'mortality', 'families', 'family', 'young families', 'childbirth'],
    weak: ['children', 'mothers'],
  },
  BRICS: {
    strong: ['BRICS', 'brics'],
    normal: ['new development bank'],
  },
  Court: {
    strong: ['court', 'courts', 'judge', 'judges', 'judicial', 'judiciary', 'constitutional court', 'supreme court', 'trial', 'verdict', 'lawsuit', 'litigation', 'arbitration court'],
    normal: ['justice', 'sentence', 'sentenced', 'appeal', 'arbitration', 'legal proceedings', 'lawyers', 'lawyer'],
    weak: ['law', 'legal', 'case'],
  },
  Telecommunications: {
    strong: ['telecommunications', 'telecom', 'broadband', 'rostelecom', 'fibre-optic', 'optical fibre', 'mobile communications', 'mobile operators', '5G', 'connectivity'],
    normal: ['communications', 'internet', 'mobile', 'operator', 'operators', 'network', 'networks', 'cellular'],
    weak: ['digital', 'access'],
  },
  Taxes: {
    strong: ['tax', 'taxes', 'taxation', 'taxpayers', 'VAT', 'income tax', 'tax breaks', 'tax burden', 'tax incentives', 'tax service', 'profit tax', 'property tax'],
    normal: ['levy', 'fiscal', 'duties', 'collection', 'insurance contributions'],
    weak: ['budget', 'revenues'],
  },
  'Fight against drugs': {
    strong: ['drug trafficking', 'narcotics', 'drug addiction', 'drug addicts', 'drug control', 'psychoactive', 'heroin', 'cocaine', 'drug abuse', 'drug use', 'synthetic drugs'],
    normal: ['drugs', 'drug', 'trafficking', 'addiction', 'afghan'],
    weak: ['smuggling', 'prevention'],
  },
  'Russia–European Union': {
    strong: ['european union', 'EU', 'european commission', 'visa-free', 'russia-eu', 'european parliament'],
    normal: ['brussels', 'europe', 'european', 'visa', 'schengen'],
    weak: ['partnership'],
  },
  SCO: {
    strong: ['SCO', 'shanghai cooperation organisation', 'shanghai cooperation organization'],
    normal: ['shanghai'],
  },
  'Fight against corruption': {
    strong: ['corruption', 'corrupt', 'bribe', 'bribes', 'bribery', 'anti-corruption', 'embezzlement', 'conflict of interest', 'kickbacks'],
    normal: ['abuse', 'misappropriation', 'theft', 'transparency'],
    weak: ['violations', 'officials'],
  },
  'Interethnic relations': {
    strong: ['interethnic', 'ethnic', 'multi-ethnic', 'nationalities', 'ethnic groups', 'native language', 'native languages', 'indigenous', 'nationalism', 'interfaith', 'inter-ethnic', 'multinational'],
    normal: ['peoples', 'languages', 'tolerance', 'harmony', 'diversity', 'xenophobia'],
    weak: ['language', 'traditions', 'unity'],
  },
  Pensions: {
    strong: ['pension', 'pensions', 'pensioners', 'retirement', 'retirement age', 'pension fund', 'pension savings', 'pension system', 'indexation'],
    normal: ['retired', 'elderly', 'old-age', 'retirees'],
    weak: ['payments', 'older'],
  },
  'Priority National Projects': {
    strong: ['national projects', 'national project', 'priority national projects', 'national development goals', 'national goals'],
    normal: ['national programme', 'national programmes', 'targets', 'indicators'],
    weak: ['projects', 'goals'],
  },
  Tourism: {
    strong: ['tourism', 'tourist', 'tourists', 'resort', 'resorts', 'hotel', 'hotels', 'tour operators', 'tourist flow', 'sightseeing', 'hospitality', 'excursions', 'tourist industry'],
    normal: ['travel', 'travellers', 'visitors', 'tours', 'excursion', 'destination', 'pilgrims', 'beach', 'leisure'],
    weak: ['holiday', 'holidays', 'attractions'],
  },
  'Housing and utilities': {
    strong: ['housing and utilities', 'utilities', 'utility', 'utility bills', 'utility services', 'water supply', 'sewage', 'communal services', 'housing and communal', 'heating', 'boiler', 'boilers', 'management companies', 'wastewater'],
    normal: ['tariffs', 'tariff', 'heat supply', 'gas supply', 'overhaul', 'repairs', 'water'],
    weak: ['housing', 'bills', 'residents'],
  },
  Medicines: {
    strong: ['medicines', 'pharmaceutical', 'pharmaceuticals', 'pharmacy', 'pharmacies', 'medication', 'medications', 'antibiotics', 'pharmaceutical industry', 'drug prices'],
    normal: ['medicine', 'drugs', 'vaccines', 'generics', 'prescription'],
    weak: ['patients', 'prices'],
  },
  Migration: {
    strong: ['migration', 'migrants', 'migrant', 'immigration', 'immigrants', 'refugees', 'labour migrants', 'residence permit', 'migration service', 'resettlement'],
    normal: ['citizenship', 'displaced', 'foreign workers', 'migrant workers', 'asylum', 'visa'],
    weak: ['foreigners', 'border'],
  },
  'Road safety': {
    strong: ['road safety', 'traffic accidents', 'road accidents', 'traffic police', 'speeding', 'drunk driving', 'pedestrians', 'seat belts', 'road deaths'],
    normal: ['accidents', 'drivers', 'driving', 'traffic', 'safety'],
    weak: ['roads', 'mortality'],
  },
  'Energy efficiency': {
    strong: ['energy efficiency', 'energy saving', 'energy-efficient', 'energy-saving', 'heat loss', 'metering'],
    normal: ['efficiency', 'saving', 'savings', 'consumption', 'lighting'],
    weak: ['energy', 'modernisation'],
  },
  Compatriots: {
    strong: ['compatriots', 'compatriots abroad', 'russian-speaking', 'diaspora', 'russian world', 'repatriation', 'emigrants', 'emigration'],
    normal: ['russian language', 'russian community', 'russian communities', 'resettlement'],
    weak: ['abroad', 'language'],
  },
  Customs: {
    strong: ['customs', 'customs union', 'customs service', 'customs duties', 'border crossing', 'smuggling', 'import duties', 'customs clearance'],
    normal: ['duties', 'tariff', 'tariffs', 'checkpoints', 'checkpoint'],
    weak: ['border', 'imports'],
  },
  'Disabled individuals': {
    strong: ['disabled', 'disability', 'disabilities', 'people with disabilities', 'wheelchair', 'accessible environment', 'inclusive', 'paralympic', 'paralympians', 'special needs'],
    normal: ['rehabilitation', 'accessibility', 'prosthetics'],
    weak: ['care', 'social'],
  },
  'Special economic zones': {
    strong: ['special economic zone', 'special economic zones', 'SEZ', 'economic zone', 'free port', 'free economic zone', 'special zone', 'industrial park', 'industrial parks', 'technology park'],
    normal: ['zone', 'zones', 'residents', 'tax incentives', 'preferential'],
    weak: ['incentives'],
  },
  UN: {
    strong: ['united nations', 'UN', 'general assembly', 'UNESCO', 'un charter', 'secretary-general', 'un security council'],
    normal: ['security council', 'resolution', 'resolutions', 'international law', 'peacekeepers'],
    weak: ['international'],
  },
  APEC: {
    strong: ['APEC', 'asia-pacific economic cooperation'],
    normal: ['asia-pacific', 'asia pacific'],
  },
  EurAsEC: {
    strong: ['EurAsEC', 'eurasian economic community'],
    normal: ['customs union', 'eurasian'],
  },
  'Information society': {
    strong: ['information society', 'digitalisation', 'digitalization', 'digital economy', 'e-government', 'information technology', 'information technologies', 'big data', 'digital platforms', 'public services online'],
    normal: ['digital', 'internet', 'online', 'electronic', 'data', 'software', 'platforms', 'cyberspace', 'websites', 'website'],
    weak: ['information', 'technology', 'technologies'],
  },
  'Local self-government': {
    strong: ['local self-government', 'local government', 'municipalities', 'municipal', 'self-government', 'city council', 'mayors', 'municipal authorities', 'local authorities'],
    normal: ['mayor', 'municipality', 'local', 'settlements', 'districts'],
    weak: ['town', 'towns', 'city'],
  },
  'Public control': {
    strong: ['public control', 'public oversight', 'public chamber', 'civic control', 'public monitoring', 'popular front', 'ONF', "people's front"],
    normal: ['oversight', 'monitoring', 'public councils', 'public council', 'civic activists', 'feedback'],
    weak: ['public', 'citizens', 'complaints'],
  },
  'Trade unions': {
    strong: ['trade union', 'trade unions', 'collective agreement', 'general agreement', 'tripartite commission', "employers' associations", 'FNPR', 'federation of independent trade unions'],
    normal: ['unions', 'union', 'workers', 'employers', "workers' rights", 'labour relations', 'labour'],
    weak: ['wages', 'employees'],
  },
  'Pool of high-potential managers': {
    strong: ['talent pool', 'personnel reserve', 'management pool', 'high-potential managers', 'leaders of russia', 'presidential reserve', 'management personnel'],
    normal: ['managers', 'manager', 'management', 'leaders'],
    weak: ['young'],
  },
  'Russia–ASEAN': {
    strong: ['ASEAN', 'association of southeast asian nations', 'southeast asia', 'south-east asia'],
    normal: ['southeast asian', 'asia-pacific'],
  },
  'Sochi 2014': {
    strong: ['sochi', 'winter olympics', 'sochi olympics', '2014 olympics', 'olympic games', 'paralympic games'],
    normal: ['olympic', 'olympics', 'paralympics', 'olympic venues'],
    weak: ['games'],
  },
  'Alternative energy': {
    strong: ['renewable', 'renewables', 'solar', 'wind power', 'wind farm', 'wind farms', 'alternative energy', 'green energy', 'hydrogen', 'geothermal', 'solar power'],
    normal: ['wind', 'clean energy', 'low-carbon', 'batteries'],
    weak: ['energy'],
  },
  'Import replacement': {
    strong: ['import substitution', 'import replacement', 'import-substituting', 'replace imports', 'localisation', 'localization'],
    normal: ['domestic production', 'domestic producers', 'domestic manufacturers', 'imported', 'foreign suppliers'],
    weak: ['imports', 'sanctions', 'domestic'],
  },
  'May 2012 Executive Orders': {
    strong: ['may executive orders', 'may 2012', 'may decrees', 'may executive order', 'executive orders of may'],
    normal: ['executive orders', 'executive order', 'instructions'],
    weak: ['targets'],
  },
  'Priority development areas': {
    strong: ['priority development areas', 'priority development area', 'advanced development territories', 'advanced development areas', 'free port of vladivostok', 'priority development territories'],
    normal: ['far east', 'development areas', 'far eastern'],
    weak: ['residents'],
  },
};
