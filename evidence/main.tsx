import { render } from 'preact';
import { EvidenceApp } from '../src/ui/evidence/EvidenceLog';
import '../src/ui/theme.css';
import '../src/ui/options/options.css';
import '../src/ui/evidence/evidence.css';

const root = document.getElementById('app');
if (root) render(<EvidenceApp />, root);
