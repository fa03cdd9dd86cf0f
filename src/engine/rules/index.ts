import type { RuleDefinition } from '../rule';
import { argument } from './argument';
import { classIdentifier } from './class-identifier';
import { confidential } from './confidential';
import { disclaimer } from './disclaimer';
import { discriminatory } from './discriminatory';
import { grievance } from './grievance';
import { harassment } from './harassment';
import { media } from './media';
import { messagePartner } from './message-partner';
import { noPublishPupil } from './no-publish-pupil';
import { offensive } from './offensive';
import { partisan } from './partisan';
import { personalGain } from './personal-gain';
import { personalInfo } from './personal-info';
import { photoLocation } from './photo-location';
import { photoLogo } from './photo-logo';
import { rosterPupil } from './roster-pupil';
import { schoolIdentifier } from './school-identifier';
import { style } from './style';
import { unlistedChild } from './unlisted-child';

/**
 * The only registry of rules, sorted by id. A rule is one file in this folder, named by its id,
 * with its table of valid and invalid examples beside it (<id>.examples.ts).
 */
export const RULES: readonly RuleDefinition[] = [
  argument,
  classIdentifier,
  confidential,
  disclaimer,
  discriminatory,
  grievance,
  harassment,
  media,
  messagePartner,
  noPublishPupil,
  offensive,
  partisan,
  personalGain,
  personalInfo,
  photoLocation,
  photoLogo,
  rosterPupil,
  schoolIdentifier,
  style,
  unlistedChild,
];
