import type { SchoolPolicy } from './types';
import { WELBECK_POLICY } from './welbeck-policy';

export type { KeyRule, PolicyBlock, PolicyListItem, PolicySection, SchoolPolicy, SmartTip } from './types';

/** The policy Post Guard shows and enforces. Another school replaces this with its own SchoolPolicy. */
export const SCHOOL_POLICY: SchoolPolicy = WELBECK_POLICY;
