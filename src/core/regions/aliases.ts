/**
 * THE ONE PLACE for editorial knowledge about region names that the data files lack:
 *  - {@link EDITORIAL_ALIASES}: names Kremlin texts use, each with the record it means and why;
 *  - {@link EXCLUDED_NAMES}: names from the data never matched as bare words, and why;
 *  - {@link PERSON_LIKE_NAMES}: city names that are also surnames or first names;
 *  - {@link NEEDS_CONTEXT_WORDS}, {@link LANDFORM_AFTER} ...: the small word lists the rules use;
 *  - {@link spellingVariants} and {@link typeVariants}: the rule-generated spellings.
 * Everything else comes from data/regions/*.json.
 */
import type { Subject } from './data';

/** The kinds of record a name can mean. */
export type RegionKind = 'subject' | 'district' | 'city' | 'macro';

/** A name the data lacks, with the record it resolves to and a one-line reason. */
export interface EditorialAlias {
  readonly name: string;
  readonly id: string;
  readonly kind: RegionKind;
  readonly reason: string;
}

/**
 * Names Kremlin texts use that the data lacks. They rank before every name from the data, so
 * they also settle ambiguities (`Rostov`). The site's own tag spellings (taxonomy.json) that
 * differ from the data are here too, so all 85 region tags resolve.
 */
export const EDITORIAL_ALIASES: readonly EditorialAlias[] = [
  // Subjects: site tag spellings
  { name: 'Republic of Daghestan', id: 'RU-DA', kind: 'subject', reason: 'the site’s tag spelling (taxonomy.json)' },
  { name: 'Daghestan', id: 'RU-DA', kind: 'subject', reason: 'the site’s spelling of Dagestan' },
  { name: 'Udmurtian Republic', id: 'RU-UD', kind: 'subject', reason: 'the site’s tag spelling (taxonomy.json)' },
  { name: 'Republic of Adygeya', id: 'RU-AD', kind: 'subject', reason: 'the site’s tag spelling (taxonomy.json)' },
  { name: 'Adygeya', id: 'RU-AD', kind: 'subject', reason: 'the site’s spelling of Adygea' },
  { name: 'Orel Region', id: 'RU-ORL', kind: 'subject', reason: 'the site’s tag spelling (the data has Oryol Oblast, Orel Oblast)' },
  { name: 'Karachayevo-Cherkessia', id: 'RU-KC', kind: 'subject', reason: 'Kremlin spelling of Karachay-Cherkessia' },
  { name: 'Karachayevo-Cherkess Republic', id: 'RU-KC', kind: 'subject', reason: 'Kremlin spelling of Karachay-Cherkess Republic' },
  // Subjects: short and informal names
  { name: 'Bashkiria', id: 'RU-BA', kind: 'subject', reason: 'common short name of Bashkortostan' },
  { name: 'Khakasia', id: 'RU-KK', kind: 'subject', reason: 'one-s spelling of Khakassia' },
  { name: 'Gorny Altai', id: 'RU-AL', kind: 'subject', reason: 'common name of the Altai Republic' },
  { name: 'Zabaikalye', id: 'RU-ZAB', kind: 'subject', reason: 'Russian short name of Trans-Baikal Territory' },
  { name: 'Zabaykalye', id: 'RU-ZAB', kind: 'subject', reason: 'Russian short name of Trans-Baikal Territory' },
  { name: 'Yamal-Nenets', id: 'RU-YAN', kind: 'subject', reason: 'short form of the site’s Yamal-Nenets Autonomous Area' },
  { name: 'Khanty-Mansiysk Autonomous Area', id: 'RU-KHM', kind: 'subject', reason: 'variant naming the okrug after its centre' },
  { name: 'Podmoskovye', id: 'RU-MOS', kind: 'subject', reason: 'Russian informal name of Moscow Region' },
  { name: 'Petersburg', id: 'RU-SPE', kind: 'subject', reason: 'speakers’ short form of Saint Petersburg' },
  { name: 'St. Petersburg', id: 'RU-SPE', kind: 'subject', reason: 'the data marks it ambiguous (Florida); on Kremlin pages it is the Russian city' },
  { name: 'Leningrad', id: 'RU-SPE', kind: 'subject', reason: 'the city’s name in 1924–1991 (siege of Leningrad); Leningrad Region matches first as the longer name' },
  // Cities
  { name: 'Rostov', id: 'RU-ROS-rostov-na-donu', kind: 'city', reason: 'colloquial short form of Rostov-on-Don; the small town Rostov (Yaroslavl Region) is the alternative' },
  { name: 'Orel', id: 'RU-ORL-oryol', kind: 'city', reason: 'the site’s spelling of Oryol' },
  { name: 'Stalingrad', id: 'RU-VGG-volgograd', kind: 'city', reason: 'the city’s name in 1925–1961 (Battle of Stalingrad)' },
  { name: 'Ekaterinburg', id: 'RU-SVE-yekaterinburg', kind: 'city', reason: 'spelling without the initial Y' },
  { name: 'Togliatti', id: 'RU-SAM-tolyatti', kind: 'city', reason: 'common spelling of Tolyatti' },
  { name: 'Korolev', id: 'RU-MOS-korolyov', kind: 'city', reason: 'the site’s spelling of Korolyov' },
  { name: 'Novgorod', id: 'RU-NGR-velikiy-novgorod', kind: 'city', reason: 'short name of Veliky Novgorod (the data maps it to the oblast, which Novgorod Region names)' },
  { name: 'Komsomolsk', id: 'RU-KHA-komsomolsk-na-amure', kind: 'city', reason: 'short name of Komsomolsk-on-Amur; the small town Komsomolsk (Ivanovo Region) is the alternative' },
  // Macro-regions
  { name: 'Arctic', id: 'arctic-zone', kind: 'macro', reason: 'Kremlin texts say “the Arctic” for the Russian Arctic zone' },
  { name: 'Arctic region', id: 'arctic-zone', kind: 'macro', reason: 'as in “the Arctic region”' },
  { name: 'Arctic zone', id: 'arctic-zone', kind: 'macro', reason: 'short form of the statutory name' },
];

/** A name from the data that is never matched as a bare word. */
export interface ExcludedName {
  readonly name: string;
  readonly reason: string;
}

/**
 * Names from the data that are never matched on their own (longer names containing them
 * still are: `Far Eastern Federal District`, `Chechen Republic`). Also excluded, by rule:
 * district aliases without a district word (`Central`, `Volga`, `Far Eastern`), single Russian
 * adjectives (`Смоленская`), and names that do not start with a capital letter (`г Москва`).
 */
export const EXCLUDED_NAMES: readonly ExcludedName[] = [
  // English words, acronyms or other things first
  { name: 'Buy', reason: 'English verb (a town in Kostroma Region)' },
  { name: 'Gay', reason: 'English word (a town in Orenburg Region)' },
  { name: 'Marks', reason: 'English word (a town in Saratov Region)' },
  { name: 'Sim', reason: 'SIM card (a town in Chelyabinsk Region)' },
  { name: 'Osa', reason: 'acronym in capitals (a town in Perm Territory)' },
  { name: 'Plast', reason: 'also a Ukrainian youth organisation (a town in Chelyabinsk Region)' },
  { name: 'Ob', reason: 'the river Ob (a town in Novosibirsk Region)' },
  { name: 'Terek', reason: 'the river and the Terek Cossacks (a town in Kabardino-Balkaria)' },
  { name: 'Peresvet', reason: 'the laser weapon system and the medieval monk (a town in Moscow Region)' },
  { name: 'Sokol', reason: 'a surname and many firms and districts named Sokol (a town in Vologda Region)' },
  { name: 'Stroitel', reason: 'Russian for “builder”, common in organisation names (a town in Belgorod Region)' },
  { name: 'Turan', reason: 'the historical region of Central Asia (a town in Tuva)' },
  // Ethnonyms and adjectives that the data lists as subject aliases
  { name: 'Chechen', reason: 'ethnonym/adjective (Chechen people); Chechen Republic still matches' },
  { name: 'Udmurt', reason: 'ethnonym/adjective; Udmurt Republic still matches' },
  { name: 'Buryat', reason: 'ethnonym/adjective; Buryat Republic still matches' },
  { name: 'Kabardino-Balkar', reason: 'adjective; Kabardino-Balkar Republic still matches' },
  { name: 'Karachay-Cherkess', reason: 'adjective; Karachay-Cherkess Republic still matches' },
];

/**
 * City names that are also well-known surnames or first names (Vladimir Putin, Sergei Kirov,
 * Yuri Gagarin, the Kurchatov Institute). They match only after a place preposition
 * (`in`, `to`, `from`, `near`, ..., `city of`) and not before another capitalised word.
 */
export const PERSON_LIKE_NAMES: readonly string[] = [
  'Vladimir', 'Kirov', 'Gagarin', 'Chekhov', 'Lermontov', 'Suvorov', 'Kurchatov', 'Pugachev', 'Makarov', 'Zhukov',
  'Korolyov', 'Korolev', 'Zhukovsky', 'Zhukovskiy', 'Tsiolkovsky', 'Tsiolkovskiy', 'Kuybyshev', 'Babushkin',
  'Danilov', 'Demidov', 'Dmitrov', 'Semenov', 'Orlov', 'Gusev', 'Nesterov', 'Bobrov', 'Mikhaylov', 'Kasimov',
  'Kirsanov', 'Kirillov', 'Dankov', 'Yershov', 'Yefremov', 'Furmanov', 'Belinsky', 'Belinskiy', 'Kropotkin',
  'Chaplygin', 'Galich', 'Gubkin', 'Bogdanovich', 'Serafimovich', 'Engels', 'Korsakov', 'Usman', 'Artem',
  'Arsenyev', 'Balashov', 'Serov', 'Chekalin', 'Salavat', 'Aleksandrov', 'Makaryev', 'Lukoyanov', 'Donskoy',
];

/** Words before a person-like city name that show a place is meant. */
export const PLACE_PREPOSITIONS: readonly string[] = [
  'in', 'In', 'to', 'To', 'from', 'From', 'near', 'Near', 'outside', 'around', 'into', 'via',
];

/** Nouns that, before `of`, show a place is meant (`the city of Vladimir`). */
export const PLACE_NOUNS_BEFORE_OF: readonly string[] = ['city', 'City', 'town', 'Town'];

/** Titles before a name: what follows is a person (`Mr Kirov`). */
export const HONORIFICS: readonly string[] = ['Mr', 'Mrs', 'Ms', 'Dr', 'Mister', 'Madam', 'Sir'];

/** Words after a name that make it a landform, not the place (`Amur River`, `Azov Sea`, `Kola Peninsula`). */
export const LANDFORM_AFTER: readonly string[] = [
  'River', 'river', 'Sea', 'sea', 'Seas', 'Lake', 'lake', 'Peninsula', 'peninsula', 'Bay', 'bay', 'Gulf', 'Strait', 'Mountains',
  'mountains', 'Range', 'Valley', 'Delta', 'Reservoir',
];

/** Words before a name that make it a landform (`Lake Onega`, `Cape Kola`); `Sea of Azov` is handled with `of`. */
export const LANDFORM_BEFORE: readonly string[] = ['Lake', 'Cape', 'Mount', 'River'];

/** Landform nouns before `of` (`Sea of Azov`, `Gulf of Ob`). */
export const LANDFORM_BEFORE_OF: readonly string[] = ['Sea', 'Gulf', 'Bay', 'Strait', 'Lake'];

/**
 * Words that make a context-dependent alias (the data's `ambiguousAliases`: `Altai`, `Jewish`,
 * `Nenets`) mean the region when one stands within three words of it.
 */
export const NEEDS_CONTEXT_WORDS: readonly string[] = [
  'Region', 'region', 'Territory', 'territory', 'Republic', 'republic', 'Oblast', 'oblast', 'Krai', 'krai',
  'Okrug', 'okrug', 'Area', 'District', 'Governor', 'governor', 'regional', 'regions', 'Regions', 'territories',
  'Territories', 'republics', 'регион', 'область', 'край',
];

/**
 * Other spellings of a transliterated name, by rule: `yy`/`iy` at the end of a word as `y`
 * (Groznyy, Velikiy, Petropavlovsk-Kamchatskiy → Petropavlovsk-Kamchatsky), `iya` as `ia`
 * (Feodosiya), `ay` before a consonant as `ai` (Maykop → Maikop, Gorno-Altaysk), `ë` as `e`,
 * `yo` inside a word as `e` (Korolyov → Korolev). Returns the variants that differ from `name`.
 */
export function spellingVariants(name: string): string[] {
  const rules: ((s: string) => string)[] = [
    (s) => s.replace(/([a-z])(?:yy|iy)\b/g, '$1y'),
    (s) => s.replace(/iya\b/g, 'ia'),
    (s) => s.replace(/ay(?=[bcdfghjklmnpqrstvwxz])/g, 'ai'),
    (s) => s.replace(/ë/g, 'e'),
    (s) => s.replace(/([a-z])yo/g, '$1e'),
  ];
  const out = new Set<string>();
  let all = name;
  for (const rule of rules) {
    const one = rule(name);
    if (one !== name) out.add(one);
    all = rule(all);
  }
  if (all !== name) out.add(all);
  return [...out];
}

/**
 * Type-word variants of a subject's English names: `X Oblast` also as `X Region` and
 * `X region`, `X Krai` also as `X Territory`, `X territory` and `X Region` (Kremlin English),
 * `X Autonomous Okrug`, `Area` and `District` each as the other two.
 */
export function typeVariants(subject: Subject, name: string): string[] {
  const ao = /^(.+) Autonomous (Okrug|Area|District)(.*)$/.exec(name);
  if (ao) return ['Okrug', 'Area', 'District'].filter((w) => w !== ao[2]).map((w) => `${ao[1]} Autonomous ${w}${ao[3]}`);
  const m = /^(.+) (Oblast|Krai|Kray)$/.exec(name);
  if (!m) return [];
  const stem = m[1];
  if (subject.type === 'oblast' || subject.type === 'autonomous_oblast' || m[2] === 'Oblast') return [`${stem} Region`, `${stem} region`];
  return [`${stem} Territory`, `${stem} territory`, `${stem} Region`];
}
