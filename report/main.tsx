import { render } from 'preact';
import { ReportApp } from '../src/ui/report/ReportPage';
import '../src/ui/theme.css';
import '../src/ui/options/options.css';
import '../src/ui/evidence/evidence.css';

const root = document.getElementById('app');
if (root) render(<ReportApp />, root);
