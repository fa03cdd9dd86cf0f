import { render } from 'preact';
import { SCHOOL_POLICY } from '../src/policy';
import { PopupApp } from '../src/ui/popup/Popup';
import '../src/ui/theme.css';
import '../src/ui/popup/popup.css';
import '../src/ui/evidence/popup-evidence.css';

const root = document.getElementById('app');
if (root) {
  root.replaceChildren();
  render(<PopupApp policy={SCHOOL_POLICY} />, root);
}
