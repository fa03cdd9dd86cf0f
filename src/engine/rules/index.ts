import type { RuleDefinition } from '../rule';
import { classIdentifier } from './class-identifier';
import { disclaimer } from './disclaimer';
import { media } from './media';
import { noPublishPupil } from './no-publish-pupil';
import { personalInfo } from './personal-info';
import { rosterPupil } from './roster-pupil';
import { schoolIdentifier } from './school-identifier';
import { unlistedChild } from './unlisted-child';

/**
 * The only registry of rules, sorted by id. A rule is one file in this folder, named by its id,
 * with its table of valid and invalid examples beside it (<id>.examples.ts).
 */
export const RULES: readonly RuleDefinition[] = [
  classIdentifier,
  disclaimer,
  media,
  noPublishPupil,
  personalInfo,
  rosterPupil,
  schoolIdentifier,
  unlistedChild,
];
