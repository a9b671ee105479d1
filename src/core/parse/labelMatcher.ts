/**
 * Runs a label grammar (labelGrammar.ts) at the start of a text, with the
 * groups a backtracking regular-expression engine would give for the same
 * tree written as one pattern ({@link labelSource}), in time linear in the
 * text: O(instructions × characters).
 *
 * The tree is compiled to a program of a few dozen instructions. Each atom is
 * a small sticky regular expression that reads one word (a trie and one
 * character class, no nested quantifier) up to where the grammar can go on
 * (its `follow`), so it has one reading per position. The program is run by
 * backtracking in the order of preference of the pattern (greedy first, first
 * alternative first), remembering each (instruction, position) pair it has
 * tried: a second arrival there can only fail again, because what follows
 * depends only on that pair (the grammar has no backreference). This is the
 * bit-state backtracker of RE2; it finds the same first match as the pattern.
 */
import type { LabelAtom, LabelNode } from '../profile';

const ATOM = 0;
const SPLIT = 1;
const JMP = 2;
const SAVE = 3;
const MATCH = 4;

/** Jobs on the backtracking stack, three numbers each. */
const JOB_THREAD = 0;
const JOB_RESTORE = 1;

/** Group spans of a match: `[start0, end0, start1, end1, …]`, -1 for a group that did not take part. */
export type LabelSpans = Int32Array;

/** A compiled label grammar. */
export interface LabelMatcher {
  /** The groups' spans of the first match at the start of `text`, or null. */
  spans(text: string): LabelSpans | null;
  /** As `RegExp.prototype.exec`: the whole match and each group's text (undefined when unset), or null. */
  exec(text: string): (string | undefined)[] | null;
}

interface Program {
  readonly op: number[];
  readonly a: number[];
  readonly b: number[];
  readonly atoms: RegExp[];
  readonly groups: number;
}

/** Compiles a grammar tree; `groups` is the number of its capture groups. */
export function compileLabelMatcher(root: LabelNode, groups: number): LabelMatcher {
  const prog: Program = { op: [], a: [], b: [], atoms: [], groups };
  const atomIds = new Map<LabelAtom, number>();
  emit(prog, { kind: 'group', group: 0, item: root }, atomIds);
  push(prog, MATCH, 0, 0);
  return {
    spans: (text) => run(prog, text),
    exec: (text) => {
      const s = run(prog, text);
      if (!s) return null;
      const out: (string | undefined)[] = [];
      for (let g = 0; g <= groups; g++) out.push(s[2 * g] < 0 ? undefined : text.slice(s[2 * g], s[2 * g + 1]));
      return out;
    },
  };
}

function push(prog: Program, op: number, a: number, b: number): number {
  prog.op.push(op);
  prog.a.push(a);
  prog.b.push(b);
  return prog.op.length - 1;
}

/** The number of an atom's compiled pattern in `prog.atoms`, compiled on first use. */
function atomId(prog: Program, atom: LabelAtom, atomIds: Map<LabelAtom, number>): number {
  let id = atomIds.get(atom);
  if (id === undefined) {
    id = prog.atoms.length;
    atomIds.set(atom, id);
    prog.atoms.push(new RegExp(`(?:${atom.source})${atom.follow}`, 'uy'));
  }
  return id;
}

/** Appends `a | b | …`: a split before each alternative but the last, and a jump past the rest after it. */
function emitAlternatives(prog: Program, items: readonly LabelNode[], atomIds: Map<LabelAtom, number>): void {
  const jumps: number[] = [];
  items.forEach((item, i) => {
    const split = i < items.length - 1 ? push(prog, SPLIT, 0, 0) : -1;
    if (split >= 0) prog.a[split] = split + 1;
    emit(prog, item, atomIds);
    if (split >= 0) {
      jumps.push(push(prog, JMP, 0, 0));
      prog.b[split] = prog.op.length;
    }
  });
  for (const j of jumps) prog.a[j] = prog.op.length;
}

/** Appends the instructions of `node`; control falls through to the next instruction on success. */
function emit(prog: Program, node: LabelNode, atomIds: Map<LabelAtom, number>): void {
  switch (node.kind) {
    case 'atom':
      push(prog, ATOM, atomId(prog, node, atomIds), 0);
      return;
    case 'seq':
      for (const item of node.items) emit(prog, item, atomIds);
      return;
    case 'alt':
      emitAlternatives(prog, node.items, atomIds);
      return;
    case 'star': {
      const split = push(prog, SPLIT, 0, 0);
      emit(prog, node.item, atomIds);
      push(prog, JMP, split, 0);
      prog.a[split] = split + 1;
      prog.b[split] = prog.op.length;
      return;
    }
    case 'opt': {
      const split = push(prog, SPLIT, 0, 0);
      emit(prog, node.item, atomIds);
      const [body, skip] = [split + 1, prog.op.length];
      prog.a[split] = node.lazy ? skip : body;
      prog.b[split] = node.lazy ? body : skip;
      return;
    }
    case 'repeat': {
      // X{min,max} = X … X (X (X …)?)?: the optional copies nest, as many as possible first.
      for (let i = 0; i < node.min; i++) emit(prog, node.item, atomIds);
      let rest: LabelNode | undefined;
      for (let i = node.min; i < node.max; i++) {
        rest = { kind: 'opt', lazy: false, item: rest ? { kind: 'seq', items: [node.item, rest] } : node.item };
      }
      if (rest) emit(prog, rest, atomIds);
      return;
    }
    case 'group':
      push(prog, SAVE, 2 * node.group, 0);
      emit(prog, node.item, atomIds);
      push(prog, SAVE, 2 * node.group + 1, 0);
      return;
  }
}

/** Where atom `id` read at `pos` ends (-1: it does not match there); memoised per call. */
function atomEnd(prog: Program, ends: Int32Array, width: number, id: number, text: string, pos: number): number {
  const k = id * width + pos;
  let end = ends[k];
  if (end === -2) {
    const re = prog.atoms[id];
    re.lastIndex = pos;
    end = re.test(text) ? re.lastIndex : -1;
    ends[k] = end;
  }
  return end;
}

/** The bit-state backtracker: each (instruction, position) is entered at most once. */
function run(prog: Program, text: string): LabelSpans | null {
  const width = text.length + 1;
  const visited = new Uint32Array(((prog.op.length * width) >> 5) + 1);
  const ends = new Int32Array(prog.atoms.length * width).fill(-2);
  const caps = new Int32Array(2 * (prog.groups + 1)).fill(-1);
  const stack: number[] = [JOB_THREAD, 0, 0];
  while (stack.length > 0) {
    const y = stack.pop() as number;
    const x = stack.pop() as number;
    if (stack.pop() === JOB_RESTORE) {
      caps[x] = y;
      continue;
    }
    let pc = x;
    let pos = y;
    for (;;) {
      const bit = pc * width + pos;
      if (visited[bit >> 5] & (1 << (bit & 31))) break;
      visited[bit >> 5] |= 1 << (bit & 31);
      const op = prog.op[pc];
      if (op === ATOM) {
        const end = atomEnd(prog, ends, width, prog.a[pc], text, pos);
        if (end < 0) break;
        pc++;
        pos = end;
      } else if (op === SPLIT) {
        stack.push(JOB_THREAD, prog.b[pc], pos);
        pc = prog.a[pc];
      } else if (op === JMP) {
        pc = prog.a[pc];
      } else if (op === SAVE) {
        stack.push(JOB_RESTORE, prog.a[pc], caps[prog.a[pc]]);
        caps[prog.a[pc]] = pos;
        pc++;
      } else {
        return caps;
      }
    }
  }
  return null;
}
