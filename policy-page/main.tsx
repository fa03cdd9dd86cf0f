import { render } from 'preact';
import { SCHOOL_POLICY } from '../src/policy';
import { PolicyPageApp } from '../src/ui/policy-page/PolicyPageApp';
import '../src/ui/theme.css';
import '../src/ui/policy-page/policy-page.css';

document.title = `${SCHOOL_POLICY.title} – ${SCHOOL_POLICY.schoolName}`;
const root = document.getElementById('app');
if (root) {
  render(<PolicyPageApp model={SCHOOL_POLICY} />, root);
  // The page is drawn by script once the settings are read, so go to the section named in the address (a link
  // from the popup) by hand when it is there.
  const goToSection = (tries: number): void => {
    const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    if (target) target.scrollIntoView();
    else if (location.hash && tries > 0) setTimeout(() => goToSection(tries - 1), 50);
  };
  goToSection(20);
}
