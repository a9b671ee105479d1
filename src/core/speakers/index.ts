/** core/speakers: its public API. */
export { countTurnWords } from './words';
