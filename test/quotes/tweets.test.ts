import { describe, expect, it } from 'vitest';
import { extract } from '../../src/index.js';

// Tweets embedded the way scraped articles keep them: the markup of two different scrapers.
const ARTICLE = [
  'Governor Kofi Mensah and Senator Ama Boateng reacted within the hour.',
  '<tweet pic="" author="GovKofiMensah" timestamp="1449075600" tweet_id="672137288055398401">Horrifying news out of the capital. Enough is enough.</tweet>.',
  '<tweet id="672138506081275904" author="@BoatengAma" datetime="2015-12-02">We stand with the victims and their families</tweet>.',
  '<tweet tweet-author="@CityWatchers" tweet-date="February 16, 2016">PREACH! She should resign today.<tweet/>.',
  '<tweet pic="" author="JohnKasich" timestamp="1449075600" tweet_id="672157973804941312">My thoughts go out to those affected. -John</tweet>.',
].join('\n\n');

describe('embedded tweets', () => {
  const r = extract(ARTICLE);
  const tweets = r.quotes.filter((q) => q.cue && /^@?[A-Za-z]+$/.test(q.cue.text));

  it('each tweet is a direct quote of its author, grounded, cued by the author attribute', () => {
    expect(tweets.map((q) => [q.kind, q.text, q.speaker?.name, q.speaker?.kind, q.cue?.text])).toEqual([
      ['direct', 'Horrifying news out of the capital. Enough is enough.', 'Kofi Mensah', 'person', 'GovKofiMensah'],
      ['direct', 'We stand with the victims and their families', 'Ama Boateng', 'person', '@BoatengAma'],
      ['direct', 'PREACH! She should resign today.', '@CityWatchers', 'description', '@CityWatchers'],
      ['direct', 'My thoughts go out to those affected. -John', '@JohnKasich', 'description', 'JohnKasich'],
    ]);
    for (const q of tweets) {
      expect(ARTICLE.slice(q.start, q.end)).toBe(q.text);
      expect(ARTICLE.slice(q.cue!.start, q.cue!.end)).toBe(q.cue!.text);
      expect(q.confidence).toBeGreaterThan(0);
    }
    expect(tweets[0]!.speaker?.entityId).toBe(r.people.find((p) => p.name === 'Kofi Mensah')?.id);
  });

  it('a tag with no author and no words is no quote', () => {
    expect(extract('Officials posted an update.\n\n<tweet tweet-id="661196115484643328"><tweet/>.').quotes).toEqual([]);
  });

  it('stays linear on a long run of unclosed tags', () => {
    const text = '<tweet author="x">a '.repeat(20000);
    expect(() => extract(text)).not.toThrow();
  });
});
