import { useCallback, useEffect, useState } from 'preact/hooks';
import { askActiveTab, setPause, type ActiveTab, type ComposerReport } from '../../platform/tab-status';
import { SITE_NAMES, siteForUrl } from '../../sites/site-for-url';
import type { Platform } from '../../engine/types';
import { pauseEndWords } from '../pause-end';
import { accountSentence } from '../components/account-sentence';

const PAUSE_MS = 60 * 60 * 1000;

/** Who Post Guard believes is posting in the open box, and whether the page said so, the person did, or it guessed. */
function AccountLine({ composer }: { composer: ComposerReport }) {
  return (
    <p>{accountSentence('Posting as', composer.account, composer.accountName, composer.accountBasis)}</p>
  );
}

function ComposerLine({ composer }: { composer: ComposerReport }) {
  if (composer.state === 'off') return <p class="pg-tab-off">Not checking this box: {composer.reason}</p>;
  const shown = composer.findings.filter((finding) => finding.severity !== 'info');
  return (
    <div>
      <AccountLine composer={composer} />
      {composer.state === 'watching' ? (
        <p>Checking the open box as you write.</p>
      ) : shown.length === 0 ? (
        <p>Nothing in the open draft goes against the policy.</p>
      ) : (
        <>
          <p>
            {shown.length} {shown.length === 1 ? 'thing' : 'things'} to check in the open draft:
          </p>
          <ul class="pg-tab-findings">
            {shown.map((finding, index) => (
              <li key={index} data-severity={finding.severity}>
                <strong>{finding.severity === 'critical' ? 'Must not post' : 'Check'}:</strong>{' '}
                {finding.match ? `“${finding.match}” — ` : ''}
                {finding.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PauseSwitch({
  platform,
  pausedUntil,
  allowPause,
  onChange,
}: {
  platform: Platform;
  pausedUntil?: number;
  allowPause: boolean;
  onChange(): void;
}) {
  const site = SITE_NAMES[platform];
  if (!allowPause && pausedUntil === undefined) {
    return <p class="pg-tab-pause">Your school keeps Post Guard on: checking cannot be paused.</p>;
  }
  if (pausedUntil !== undefined) {
    return (
      <div class="pg-tab-pause">
        <p>
          Checking on {site} is paused until {pauseEndWords(pausedUntil)}.
        </p>
        <button type="button" onClick={() => void setPause(platform, undefined).then(onChange)}>
          Check again now
        </button>
      </div>
    );
  }
  return (
    <div class="pg-tab-pause">
      <button type="button" onClick={() => void setPause(platform, Date.now() + PAUSE_MS).then(onChange)}>
        Pause checking on {site} for an hour
      </button>
    </div>
  );
}

/** "This tab": whether Post Guard is checking the page in the current tab, and what it found there. */
export function TabStatus({ allowPause = true }: { allowPause?: boolean }) {
  const [tab, setTab] = useState<ActiveTab>();
  const refresh = useCallback(() => {
    askActiveTab()
      .catch(() => ({}) as ActiveTab)
      .then(setTab);
  }, []);
  useEffect(refresh, [refresh]);

  if (!tab) return null;
  const platform = tab.report?.platform ?? siteForUrl(tab.url);
  let body;
  if (!platform) {
    body = <p>Post Guard does not check this page. It checks what you write on Facebook, X and YouTube.</p>;
  } else if (!tab.report || tab.report.composers.length === 0) {
    body = (
      <>
        <p>
          Post Guard is on for {SITE_NAMES[platform]}. No post or comment box is open on this page yet: open
          one and Post Guard will check it as you write.
        </p>
        <PauseSwitch
          platform={platform}
          pausedUntil={tab.report?.pausedUntil}
          allowPause={allowPause}
          onChange={refresh}
        />
      </>
    );
  } else {
    body = (
      <>
        {tab.report.composers.map((composer, index) => (
          <ComposerLine key={index} composer={composer} />
        ))}
        <PauseSwitch
          platform={platform}
          pausedUntil={tab.report.pausedUntil}
          allowPause={allowPause}
          onChange={refresh}
        />
      </>
    );
  }
  return (
    <section class="pg-tab" aria-labelledby="pg-tab-heading">
      <h2 id="pg-tab-heading">This tab</h2>
      {body}
    </section>
  );
}
