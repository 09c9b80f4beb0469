// Speech and statements: the words that credit what is said to someone.
// General English and newsroom vocabulary, never article content; each list is defined here once.
import { wordSet } from '../lists.ts';

/** Verb forms that introduce what someone said or holds. */
export const SPEECH_VERBS = wordSet(`
  say says said saying tell tells told telling add adds added adding note notes noted noting
  warn warns warned warning argue argues argued arguing write writes wrote writing state stated
  announce announces announced confirm confirms confirmed deny denies denied insist insists insisted
  claim claims claimed explain explains explained acknowledge acknowledges acknowledged stress stressed
  emphasize emphasizes emphasized emphasise emphasised shout shouted shouts tweet tweeted report reported
  believe believes predict predicted predicts caution cautioned urge urged urges reply replied replies
  respond responded recall recalled recalls admit admitted admits concede conceded declare declared
  assert asserted contend contended contends maintain maintained remark remarked allege alleged
  complain complained complains testify testified estimate estimated`);
/** Verbs that attribute only with "statement" as their object ("his office released a statement"). */
export const STATEMENT_VERBS = wordSet('release releases released issue issues issued publish published put puts');
/** Nouns for a released statement: the object of a statement verb, or "a statement from X". */
export const STATEMENT_NOUNS = wordSet('statement message communique communiqué release readout');
/** Forms of "tell", which attribute only with a listener after them ("told reporters"). */
export const TELL = wordSet('tell tells told telling');
/** Verbs that attribute only without a direct object ("added that …", not "added troops"). */
export const INTRANSITIVE_ONLY = wordSet('add adds added adding maintain maintained recall recalled recalls declare declared note noted notes');
/** Nouns that open an attribution phrase ("In a statement, …"). */
export const OCCASIONS = wordSet('statement interview post message speech letter tweet briefing remarks');
/** Reporting verbs, as lemmas: they open or close most sentences in news and say who spoke, not what happened. */
export const REPORTING_LEMMAS = wordSet('say tell add');
