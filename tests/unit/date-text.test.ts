import { describe, expect, it } from 'vitest';
import { parseDateText } from '../../src-renderer/src/i18n/date-text';

describe('parseDateText', () => {
  it.each([
    ['2023-07-02', '2023-07-02'],
    ['2023/7/2', '2023-07-02'],
    ['2023.07.02', '2023-07-02'],
    ['2023年7月2日', '2023-07-02'],
    ['2023年7月2日 星期日', '2023-07-02'],
    ['2023年7月2日 周日', '2023-07-02'],
    ['２０２３年７月２日', '2023-07-02'],
    ['2.7.2023', '2023-07-02'],
    ['02/07/2023', '2023-07-02'],
    ['2 Jul 2023', '2023-07-02'],
    ['Sun 2 Jul 2023', '2023-07-02'],
    ['Sunday, 2 July 2023', '2023-07-02'],
    ['July 2, 2023', '2023-07-02'],
    ['  sept 30 2023 ', '2023-09-30'],
    ['29 Feb 2024', '2024-02-29'],
  ])('reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['', '2023-07', '2023-13-01', '2023-02-29', '31/04/2023', '2 Foo 2023', 'yesterday', '2023-07-02 10:00'])(
    'refuses %j',
    (text) => {
      expect(parseDateText(text)).toBeNull();
    },
  );
});
