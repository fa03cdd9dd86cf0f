import { installNodeTagger } from './lib/engine-host';
if (process.env.TAGS) installNodeTagger();
import { readHeldOut, flagsHeldOut } from './lib/eval/tone-heldout';
const cats = process.argv.slice(2);
for (const post of readHeldOut()) {
  if (cats.length && !cats.includes(post.category)) continue;
  const { flagged, found } = flagsHeldOut(post);
  if (flagged !== (post.expect === 'flag')) console.log(`${post.category} ${post.expect === 'flag' ? 'MISS' : 'FALSE'}: ${post.text} ${found}`);
}
const all = readHeldOut().filter((p) => !cats.length || cats.includes(p.category));
for (const c of new Set(all.map((p) => p.category))) {
  const f = all.filter((p) => p.category === c && p.expect === 'flag');
  const k = all.filter((p) => p.category === c && p.expect === 'clean');
  console.log(c, 'recall', f.filter((p) => flagsHeldOut(p).flagged).length, '/', f.length, 'false', k.filter((p) => flagsHeldOut(p).flagged).length, '/', k.length);
}
