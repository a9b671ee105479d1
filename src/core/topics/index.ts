/** Topic segmentation of transcripts: the public API of src/core/topics. */
export { segmentTopics, TopicSegmenter, classifyParagraphs, MIN_WORDS, MIN_SCORE, MARGIN, MAX_KEYWORDS, SLICE_CHARS } from './segment';
export type { TopicSegment, ParagraphTopic } from './segment';
export { mergeLexicon, compileLexicon, lexiconFromJson, keywordStems, GENERAL_TOPIC, MAX_PHRASE_WORDS, MAX_WEIGHT } from './lexicon';
export type { TopicLexicon, LexiconMemo, TopicDefinition, TopicKeyword, KeywordHit, PhraseNode, MergedLexicon } from './lexicon';
export { topicsJson, formatTopics } from './explain';
export type { TopicsJson, TopicSegmentJson } from './explain';
export { stem, words, isAcronym, STEMMER } from './stem';
export type { Word } from './stem';
