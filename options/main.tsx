import { render } from 'preact';
import { SCHOOL_POLICY } from '../src/policy';
import { OptionsApp } from '../src/ui/options/OptionsPage';
import '../src/ui/theme.css';
import '../src/ui/options/options.css';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<OptionsApp policy={SCHOOL_POLICY} />, root);
}
