import { useId, useMemo, useState } from 'preact/hooks';
import { searchPolicy } from '../../policy/search';
import type { SchoolPolicy } from '../../policy/types';
import { Highlight } from './Highlight';

interface Props {
  policy: SchoolPolicy;
  /** Where a result's section is in the full policy. */
  sectionUrl: (sectionId: string) => string;
  /** Show at most this many passages. */
  limit?: number;
}

function statusText(query: string, found: number, shown: number): string {
  if (query.trim() === '') return '';
  if (found === 0)
    return `Nothing in the policy matches “${query.trim()}”. Try another word, such as photos or parents.`;
  if (found > shown) return `The ${shown} closest of ${found} passages:`;
  return found === 1 ? '1 passage:' : `${found} passages:`;
}

/** "What does the policy say about …?": a search box and the passages of the policy that match. */
export function PolicySearch({ policy, sectionUrl, limit = 6 }: Props) {
  const [query, setQuery] = useState('');
  const inputId = useId();
  const results = useMemo(
    () => searchPolicy(policy, query, { limit: Number.POSITIVE_INFINITY }),
    [policy, query],
  );
  const shown = results.slice(0, limit);

  return (
    <div class="pg-search" role="search">
      <label class="pg-search-label" for={inputId}>
        What does the policy say about …?
      </label>
      <input
        id={inputId}
        class="pg-search-input"
        type="search"
        value={query}
        placeholder="e.g. photos, friend requests, disclaimer"
        autocomplete="off"
        onInput={(event) => setQuery(event.currentTarget.value)}
      />
      <p class="pg-search-status" role="status">
        {statusText(query, results.length, shown.length)}
      </p>
      {shown.length > 0 && (
        <ol class="pg-results">
          {shown.map((result) => (
            <li class="pg-result" key={`${result.sectionId}:${result.text}`}>
              <a class="pg-result-heading" href={sectionUrl(result.sectionId)} target="_blank" rel="noopener">
                <Highlight text={result.heading} ranges={result.headingRanges} />
              </a>
              <p class="pg-result-text">
                <Highlight text={result.text} ranges={result.ranges} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
