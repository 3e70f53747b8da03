import { describe, expect, it } from 'vitest';
import { csvField, neutraliseFormula } from '#core/csv';

describe('CSV cells a spreadsheet will not run', () => {
  it('puts an apostrophe before a cell that starts like a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x.example","点我")')).toBe(`'=HYPERLINK("http://x.example","点我")`);
    expect(neutraliseFormula('+86 21 5970')).toBe(`'+86 21 5970`);
    expect(neutraliseFormula('-1+2')).toBe(`'-1+2`);
    expect(neutraliseFormula('@SUM(A1:A9)')).toBe(`'@SUM(A1:A9)`);
    expect(neutraliseFormula('\t=1+1')).toBe(`'\t=1+1`);
    expect(neutraliseFormula('\r=1+1')).toBe(`'\r=1+1`);
  });

  it('leaves plain text and plain numbers, negative ones included, as they are', () => {
    expect(neutraliseFormula('李明远')).toBe('李明远');
    expect(neutraliseFormula('a=b')).toBe('a=b');
    expect(neutraliseFormula('-3.00')).toBe('-3.00');
    expect(neutraliseFormula('95.24')).toBe('95.24');
    expect(neutraliseFormula('')).toBe('');
  });

  it('quotes after neutralising, so the apostrophe is inside the quotes', () => {
    expect(csvField('=1,2')).toBe(`"'=1,2"`);
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField(null)).toBe('');
    expect(csvField(-3)).toBe('-3');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
  });
});
