/**
 * Child process of hostile.test.ts: tokenises every hostile label line with
 * the committed TextMate grammar (vscode-textmate on onig.wasm, as VS Code
 * does) and prints, per line, whether it got a label scope and the text its
 * name scope covers. Run apart so that a catastrophic backtrack in Oniguruma
 * can be killed.
 */
import { hostileLines } from '../unit/hostileLabels';
import { extentOf, isLabelToken, loadGrammar, tokenizeLine } from './tokenize';

const NAME = 'entity.name.type.speaker.transcript';

/** What the grammar gave one line. */
export interface HostileTokens {
  readonly label: boolean;
  readonly name: string | null;
}

async function main(): Promise<void> {
  const grammar = await loadGrammar();
  const out: HostileTokens[] = hostileLines().map(({ line, name, scopedName }) => {
    const tokens = tokenizeLine(grammar, line);
    const scoped = scopedName ?? name;
    const at = scoped === null ? -1 : line.lastIndexOf(scoped);
    return { label: tokens.some(isLabelToken), name: at < 0 ? null : extentOf(tokens, line, NAME, at) ?? null };
  });
  process.stdout.write(JSON.stringify(out));
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
