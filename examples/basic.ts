/** The happy path: one article in, grounded entities and dates out. Run: npx tsx examples/basic.ts */
import { extract } from '../src/index.js';

const text = `Published On: March 3, 2021
Iranian President Hassan Rouhani met the head of the International Atomic Energy Agency (IAEA) in Tehran on Monday.
The IAEA said the talks in Vienna would resume next week.`;

const result = extract(text);
for (const person of result.people) console.log(person.name, person.titles, person.mentions.map((m) => [m.start, m.end]));
for (const org of result.organizations) console.log(org.name, org.aliases);
for (const place of result.places) console.log(place.name);
for (const date of result.dates) console.log(date.text, '→', date.value);
// Every mention is grounded: text.slice(start, end) === mention.text
console.log(result.people.every((p) => p.mentions.every((m) => text.slice(m.start, m.end) === m.text)));

// The statistical name tagger types names no rule has evidence for; switch it off to compare (or for speed).
const unfamiliar = 'The interview was arranged by Raheem Kassam, who later met Preet Bharara in Manhattan.';
console.log('with the tagger:', extract(unfamiliar).people.map((p) => p.name));
console.log('rules only:     ', extract(unfamiliar, { tagger: false }).people.map((p) => p.name));
