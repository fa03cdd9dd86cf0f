import { installNodeTagger } from './lib/engine-host';
installNodeTagger();
import { analyse } from '../src/engine/analyse';
import { DEFAULT_SETTINGS } from '../src/settings/settings';
const cat = process.argv[2]!;
for (const text of process.argv.slice(3)) {
  const f = analyse(text, { platform: 'x', account: 'official', hasMedia: false }, DEFAULT_SETTINGS).filter((x) => x.category === cat);
  console.log(JSON.stringify(text), '=>', f.map((x) => `${x.severity}:"${x.match}"`).join(', '));
}
