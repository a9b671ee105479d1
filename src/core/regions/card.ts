/**
 * The Markdown card a hover or `describe NAME` shows for a region record: the facts of the
 * data, what this transcript says about the place, alternatives, and the data's source.
 * Every text from the data or the transcript goes through {@link markdownText}: the card never
 * contains raw HTML, and no link but the district link the caller asks for.
 */
import { markdownText } from '../text';
import { REGION_DATA_ATTRIBUTION } from './data';
import type { City, District, MacroRegion, RegionData, Subject } from './data';
import { capitalOf, districtById, recordById, recordName, relatedSubjectsOf, subjectById, subjectsOfDistrict } from './records';
import type { RegionRecord } from './records';

/** What the transcript says about the place: plain data the caller gathers. */
export interface RegionCardContext {
  /** Number of mentions of the record in the document. */
  readonly mentions: number;
  /** Speakers whose role names the place (`Mikhail Kotyukov` — `Krasnoyarsk Territory Governor`). */
  readonly speakers: readonly { readonly name: string; readonly role: string }[];
  /** Other records the mention's words could mean (a mention's `alternatives`). */
  readonly alternatives?: readonly string[];
}

/** How to render the card. */
export interface RegionCardOptions {
  /** Locale for numbers and dates (`Intl`); default `en`. */
  readonly locale?: string;
  /** A link target for a federal district; when it returns one, the district's name becomes a link. */
  readonly linkFor?: (districtId: string) => string | undefined;
}

/** {@link markdownText} under the name the regions module has exported it by. */
export { markdownText as escapeMarkdown } from '../text/markdownText';

/** Percent-encodes what could end or break out of a Markdown link target. */
function escapeLinkTarget(target: string): string {
  return target.replace(/[\s()<>`"'[\]\\]/g, (ch) => '%' + ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0'));
}

/** Number and date formatting for one locale, falling back to `en` for a locale Intl rejects. */
class Formats {
  private readonly numbers: Intl.NumberFormat;
  private readonly dates: Intl.DateTimeFormat;

  constructor(locale: string | undefined) {
    const make = (loc: string | undefined) => ({
      numbers: new Intl.NumberFormat(loc),
      dates: new Intl.DateTimeFormat(loc, { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
    });
    let f;
    try {
      f = make(locale ?? 'en');
    } catch {
      f = make('en');
    }
    this.numbers = f.numbers;
    this.dates = f.dates;
  }

  number(n: number): string {
    return markdownText(this.numbers.format(n));
  }

  /** An ISO date (`2021-10-01`) in words; the text as given when it is not a date. */
  date(iso: string): string {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
    return markdownText(d && !isNaN(d.getTime()) ? this.dates.format(d) : iso);
  }
}

/** The Markdown card of a record. */
export function regionCard(data: RegionData, record: RegionRecord, context: RegionCardContext, options: RegionCardOptions = {}): string {
  const f = new Formats(options.locale);
  const body = (() => {
    switch (record.kind) {
      case 'subject':
        return subjectLines(data, record.record, f, options);
      case 'city':
        return cityLines(data, record.record, f, options);
      case 'district':
        return districtLines(data, record.record, f);
      case 'macro':
        return macroLines(data, record.record);
    }
  })();
  const blocks = [body.join('\n'), transcriptLines(context, f).join('\n'), alternativesLine(data, context.alternatives ?? [], record)];
  blocks.push('---', `_${markdownText(REGION_DATA_ATTRIBUTION)}_`);
  return blocks.filter((b) => b !== '').join('\n\n') + '\n';
}

/** `**English** (Русский)` */
function title(names: { en: string; ru: string }): string {
  return `**${markdownText(names.en)}** (${markdownText(names.ru)})`;
}

function fact(label: string, value: string): string {
  return `- **${label}:** ${value}`;
}

function districtName(data: RegionData, id: string, options: RegionCardOptions): string {
  const d = districtById(data, id);
  const name = markdownText(d ? d.names.en : id);
  const link = options.linkFor?.(id);
  return link ? `[${name}](${escapeLinkTarget(link)})` : name;
}

function subjectName(data: RegionData, id: string): string {
  const s = subjectById(data, id);
  return markdownText(s ? s.names.en : id);
}

function subjectLines(data: RegionData, s: Subject, f: Formats, options: RegionCardOptions): string[] {
  const lines = [title(s.names), ''];
  if (s.typeLabel) lines.push(fact('Type', `${markdownText(s.typeLabel.en)} (${markdownText(s.typeLabel.ru)})`));
  if (s.federalDistrict) lines.push(fact('Federal district', districtName(data, s.federalDistrict, options)));
  const capital = s.capital?.en ?? capitalOf(data, s.id)?.names.en;
  if (capital) lines.push(fact('Capital', markdownText(capital)));
  else if (s.capital?.seatOfGovernment) lines.push(fact('Seat of government', markdownText(s.capital.seatOfGovernment.en)));
  if (s.capital?.deFactoSeat) lines.push(fact('De facto seat', markdownText(s.capital.deFactoSeat.en)));
  if (s.populationCensus2021) {
    const p = s.populationCensus2021;
    lines.push(fact('Population', `${f.number(p.value)} (2021 census, as of ${f.date(p.date)})`));
  }
  if (s.areaKm2) lines.push(fact('Area', `${f.number(s.areaKm2.value)} km²`));
  lines.push(fact('ISO 3166\\-2', markdownText(s.iso3166_2 ?? s.id)));
  if (s.timezone) lines.push(fact('Time zone', markdownText(s.timezone.utcOffset)));
  if (s.status) lines.push('', `_Status: ${markdownText(s.status)}_`);
  return lines;
}

function cityLines(data: RegionData, c: City, f: Formats, options: RegionCardOptions): string[] {
  const lines = [title(c.names), ''];
  const subject = subjectById(data, c.subject);
  const role = capitalOf(data, c.subject)?.id === c.id ? 'Administrative centre of' : 'City in';
  lines.push(fact(role, subjectName(data, c.subject)));
  const district = c.federalDistrict ?? subject?.federalDistrict;
  if (district) lines.push(fact('Federal district', districtName(data, district, options)));
  if (c.population) lines.push(fact('Population', `${f.number(c.population.value)} (the source states no year)`));
  if (c.foundationYear !== undefined) {
    const year = c.foundationYear < 0 ? `${f.number(-c.foundationYear)} BCE` : String(c.foundationYear);
    lines.push(fact('Founded', markdownText(year)));
  }
  const note = c.subjectStatusNote ?? subject?.status;
  if (note) lines.push('', `_Status: ${markdownText(note)}_`);
  if (c.addedNote) lines.push('', `_${markdownText(c.addedNote)}_`);
  return lines;
}

function districtLines(data: RegionData, d: District, f: Formats): string[] {
  const lines = [title(d.names), ''];
  lines.push(fact('Centre', markdownText(d.centre.en)));
  const members = subjectsOfDistrict(data, d.id).map((s) => markdownText(s.names.en));
  lines.push(fact(`Member subjects (${members.length})`, members.join(', ')));
  if (d.populationCensus2021) {
    const p = d.populationCensus2021;
    lines.push(fact('Population', `${f.number(p.statedTotal ?? p.memberSum)} (2021 census of the members, as of ${f.date(p.date)})`));
  }
  return lines;
}

function macroLines(data: RegionData, m: MacroRegion): string[] {
  const lines = [title(m.names), '', markdownText(m.description), ''];
  const related = relatedSubjectsOf(data, m.id).map((s) => markdownText(s.names.en));
  if (related.length) lines.push(fact('Related subjects', related.join(', ')));
  const districts = (m.relatedDistricts ?? []).map((id) => markdownText(districtById(data, id)?.names.en ?? id));
  if (districts.length) lines.push(fact('Related federal districts', districts.join(', ')));
  if (m.relation) lines.push('', `_${markdownText(m.relation)}_`);
  return lines;
}

function transcriptLines(context: RegionCardContext, f: Formats): string[] {
  const lines: string[] = [];
  if (context.mentions > 0) {
    lines.push(`**In this transcript:** ${f.number(context.mentions)} ${context.mentions === 1 ? 'mention' : 'mentions'}`);
  }
  if (context.speakers.length) {
    if (!lines.length) lines.push('**In this transcript:**');
    lines.push('', 'Named in the roles of:');
    for (const s of context.speakers) lines.push(`- ${markdownText(s.name)} — ${markdownText(s.role)}`);
  }
  return lines;
}

function alternativesLine(data: RegionData, ids: readonly string[], record: RegionRecord): string {
  const names = ids
    .filter((id) => id !== record.record.id)
    .flatMap((id) => {
      const r = recordById(data, id);
      return r ? [`${markdownText(recordName(r))} (${kindLabel(data, r)})`] : [];
    });
  return names.length ? `**Could also mean:** ${names.join('; ')}` : '';
}

function kindLabel(data: RegionData, r: RegionRecord): string {
  switch (r.kind) {
    case 'subject':
      return 'federal subject';
    case 'district':
      return 'federal district';
    case 'macro':
      return 'region';
    case 'city': {
      const subject = subjectById(data, r.record.subject);
      return subject ? `city in ${markdownText(subject.names.en)}` : 'city';
    }
  }
}

/** The card of the record with this id, or undefined for an unknown id (a convenience for callers holding a mention). */
export function regionCardById(data: RegionData, id: string, context: RegionCardContext, options: RegionCardOptions = {}): string | undefined {
  const record = recordById(data, id);
  return record ? regionCard(data, record, context, options) : undefined;
}
