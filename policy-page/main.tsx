import { render } from 'preact';
import { SCHOOL_POLICY } from '../src/policy';
import { PolicyPage } from '../src/ui/policy-page/PolicyPage';
import '../src/ui/theme.css';
import '../src/ui/policy-page/policy-page.css';

document.title = `${SCHOOL_POLICY.title} – ${SCHOOL_POLICY.schoolName}`;
const root = document.getElementById('app');
if (root) {
  render(<PolicyPage policy={SCHOOL_POLICY} />, root);
  // The page is drawn by script, so go to the section named in the address (a link from the popup) by hand.
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView();
}
