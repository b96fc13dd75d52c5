// Both UI languages carry the same keys (the same rule as ../shared/tools/locale-parity.mjs),
// and every key the code uses exists.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(__dirname, '../../locales');
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(value: unknown, prefix: string, out: Map<string, unknown>) {
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) flatten(v, prefix ? `${prefix}.${k}` : k, out);
  } else out.set(prefix, value);
  return out;
}

function keysOf(language: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const file of readdirSync(join(LOCALES, language)).filter((f) => f.endsWith('.json'))) {
    const namespace = file.replace(/\.json$/, '');
    flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')), namespace + ':', out);
  }
  return new Map([...out].map(([k, v]) => [k.replace(':.', ':'), v]));
}

describe('locales', () => {
  const en = keysOf('en');
  const zh = keysOf('zh-CN');
  const base = (keys: Map<string, unknown>) => [...new Set([...keys.keys()].map((k) => k.replace(PLURAL, '')))].sort();

  it('en and zh-CN have the same namespaces and keys', () => {
    expect(readdirSync(join(LOCALES, 'zh-CN')).sort()).toEqual(readdirSync(join(LOCALES, 'en')).sort());
    expect(base(zh)).toEqual(base(en));
  });

  it('no value is empty, and the Chinese texts are not left in English', () => {
    for (const [key, value] of [...en, ...zh]) expect(String(value).trim(), key).not.toBe('');
    const untranslated = [...zh].filter(([key, value]) => en.get(key) === value && /[a-z]{4,}/i.test(String(value)));
    // Date patterns and proper names may legitimately match; nothing else should.
    expect(untranslated.map(([k]) => k).filter((k) => !k.includes('dateFormats'))).toEqual([]);
  });

  it('every t() key used in the renderer exists in English', () => {
    const sources: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name)) sources.push(readFileSync(path, 'utf8'));
      }
    };
    walk(resolve(__dirname, '../../src-renderer/src'));
    const used = new Set<string>();
    for (const source of sources) {
      for (const match of source.matchAll(/\bt\('([a-zA-Z]+:[a-zA-Z0-9_.]+)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(10);
    const missing = [...used].filter((key) => !en.has(key) && !en.has(`${key}_one`) && !en.has(`${key}_other`));
    expect(missing).toEqual([]);
  });
});
