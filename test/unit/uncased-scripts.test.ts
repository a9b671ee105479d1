import * as assert from 'assert';
import { parseTranscript } from './service';

/**
 * Issue 13 §7: labels in scripts without letter case (Arabic, Chinese, Hebrew, Japanese, Korean)
 * are turns when the document's evidence supports them: they recur as line openers. Chinese and
 * Japanese write the full-width colon `：`. Short dialogues written for the test (interview form).
 */
const CASES: readonly { script: string; text: string; turns: readonly string[]; speakers: readonly string[] }[] = [
  {
    script: 'Chinese, full-width colon, a title line',
    text: '访谈节目\n\n主持人：欢迎收看今天的节目。\n李明：谢谢邀请。\n主持人：您怎么看这个问题？\n李明：我认为这很重要。\n',
    turns: ['2 主持人 4', '3 李明 3', '4 主持人 4', '5 李明 3'],
    speakers: ['主持人', '李明'],
  },
  {
    script: 'Japanese, full-width colon, the first line a turn',
    text: '司会：こんにちは。\n田中：よろしくお願いします。\n司会：では始めましょう。\n田中：はい。\n',
    turns: ['0 司会 3', '1 田中 3', '2 司会 3', '3 田中 3'],
    speakers: ['司会', '田中'],
  },
  {
    script: 'Arabic',
    text: 'المذيع: مرحبا بكم في البرنامج.\nأحمد: شكرا لك.\nالمذيع: ما رأيك؟\nأحمد: أعتقد أن هذا مهم.\n',
    turns: ['0 المذيع 8', '1 أحمد 6', '2 المذيع 8', '3 أحمد 6'],
    speakers: ['المذيع', 'أحمد'],
  },
  {
    script: 'Hebrew',
    text: 'מנחה: ברוכים הבאים.\nדוד: תודה.\nמנחה: מה דעתך?\nדוד: אני חושב שזה חשוב.\n',
    turns: ['0 מנחה 6', '1 דוד 5', '2 מנחה 6', '3 דוד 5'],
    speakers: ['מנחה', 'דוד'],
  },
  {
    script: 'Korean',
    text: '사회자: 안녕하세요.\n김민수: 반갑습니다.\n사회자: 시작하겠습니다.\n김민수: 네.\n',
    turns: ['0 사회자 5', '1 김민수 5', '2 사회자 5', '3 김민수 5'],
    speakers: ['사회자', '김민수'],
  },
  {
    script: 'Chinese prose: a colon after a sentence, and a one-off opener, are no turns',
    text: '新闻稿\n\n他说我们应该马上开始准备明天的工作计划：好的。\n记者：今天天气很好。\n会议于下午结束。\n',
    turns: [],
    speakers: [],
  },
];

describe('labels in scripts without letter case', () => {
  for (const c of CASES) {
    it(c.script, () => {
      const model = parseTranscript(c.text);
      assert.deepStrictEqual(model.turns.map((t) => `${t.span.start.line} ${t.label} ${t.speechStart.character}`), c.turns);
      assert.deepStrictEqual(model.speakers.map((s) => s.key), c.speakers);
    });
  }
});
