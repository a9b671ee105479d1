/**
 * The JSON form of the model that the CLI prints: 1-based lines, labels as in
 * the file, speakers by key. Scripts, tests and the accuracy scorer read it.
 */
import type { Transcript } from '../model';
import { countTurnWords } from '../speakers';

/** One turn in the CLI's JSON. */
export interface TurnJson {
  /** 1-based line of the label. */
  line: number;
  /** 1-based last line of the turn. */
  endLine: number;
  label: string;
  speaker: string;
  role: string | null;
  name: string;
  /** The turn's start time as written (`00:01:23`, `0:34`, without brackets), or null when the document gives none. */
  time: string | null;
}

/** One speaker in the CLI's JSON. */
export interface SpeakerJson {
  key: string;
  name: string;
  role: string | null;
  labels: string[];
  turns: number;
  words: number;
}

/** What `transcript-nav outline FILE --json` prints. */
export interface OutlineJson {
  header: { title: string | null; date: string | null; time: string | null; place: string | null };
  /** The label style the turns show (`names`, `dialogue`, `briefing`, `subtitles`, `timestamped`); null without turns. */
  labelStyle: string | null;
  turns: TurnJson[];
  speakers: SpeakerJson[];
}

/** Converts a model (of this text) to the CLI's JSON form. */
export function toOutlineJson(t: Transcript, text: string): OutlineJson {
  const words = countTurnWords(text, t);
  const byKey = new Map(t.speakers.map((s) => [s.key, s]));
  return {
    header: {
      title: t.header.title?.value ?? null,
      date: t.header.date?.value ?? null,
      time: t.header.time?.value ?? null,
      place: t.header.place?.value ?? null,
    },
    labelStyle: t.labelStyle ?? null,
    turns: t.turns.map((turn) => {
      const s = byKey.get(turn.speaker);
      return {
        line: turn.span.start.line + 1,
        endLine: turn.span.end.line + 1,
        label: turn.label,
        speaker: turn.speaker,
        role: s?.role ?? null,
        name: s?.name ?? turn.speaker,
        time: turn.time?.text ?? null,
      };
    }),
    speakers: t.speakers.map((s) => ({
      key: s.key, name: s.name, role: s.role ?? null, labels: [...s.labels], turns: s.turns.length, words: words.speakers.get(s.key) ?? 0,
    })),
  };
}
