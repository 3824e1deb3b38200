import { describe, expect, it } from 'vitest';
import { containsPhrase, cutToBytes, indexPhrases, PHRASE_BYTES, searchQuery } from '../../../functions/domain/text/search-terms';

describe('search terms', () => {
  it('files a text under the next four folded words of every position', () => {
    expect(indexPhrases(['Khởi nghiệp nông nghiệp Hà Quảng'])).toEqual(['khoi nghiep nong nghiep', 'nghiep nong nghiep ha', 'nong nghiep ha quang', 'nghiep ha quang', 'ha quang', 'quang']);
  });

  it('folds a query the same way, so a phrase starts with it', () => {
    const q = searchQuery('KHỞI  nghiệp nô');
    expect(q.prefix).toBe('khoi nghiep no');
    expect(indexPhrases(['Khởi nghiệp nông nghiệp']).some((p) => p.startsWith(q.prefix))).toBe(true);
    expect(containsPhrase(['Khởi nghiệp nông nghiệp'], q)).toBe(true);
    expect(containsPhrase(['nghiệp khởi nông'], q)).toBe(false);
  });

  it('keeps phrases within their byte budget without splitting a character', () => {
    const long = 'đ'.repeat(500);
    const [phrase] = indexPhrases([long]);
    expect(Buffer.byteLength(phrase!, 'utf8')).toBeLessThanOrEqual(PHRASE_BYTES);
    expect(cutToBytes('ệệệ', 4)).toBe('ệ');
    expect(searchQuery(long).prefix).toBe(phrase);
  });
});
