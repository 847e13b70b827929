import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  pagefindBuildTag,
  pagefindBundle,
  pagefindEntry,
  pagefindFolder,
  pagefindVersion,
  pagefindWasm,
} from '../../../src/lib/search/pagefind-files.ts';

describe("Pagefind's file addresses", () => {
  it('reads the installed Pagefind version', () => {
    const installed = JSON.parse(readFileSync('node_modules/pagefind/package.json', 'utf8')) as { version: string };
    expect(pagefindVersion()).toBe(installed.version);
  });

  it('keeps each Pagefind version in a folder of its own, so a new Pagefind is never served from an old cache', () => {
    expect(pagefindFolder('1.6.0')).toBe('pagefind/1.6.0');
    expect(pagefindBundle('1.6.0')).toBe('/pagefind/1.6.0/pagefind.js');
    expect(pagefindBundle('1.7.0')).not.toBe(pagefindBundle('1.6.0'));
    expect(pagefindWasm('1.7.0', 'en')).not.toBe(pagefindWasm('1.6.0', 'en'));
    expect(() => pagefindFolder('../x')).toThrow('letters, digits, dots, plus or minus signs, but got "../x"');
  });

  it('names the WebAssembly by the page language in lower case, as Pagefind does', () => {
    expect(pagefindWasm('1.6.0', 'en-GB')).toBe('/pagefind/1.6.0/wasm.en-gb.pagefind');
  });

  it('names the entry file with the tag Pagefind adds, as it is, as ?ts= when given metaCacheTag', () => {
    expect(pagefindEntry('1.6.0', 'mwwvump0')).toBe('/pagefind/1.6.0/pagefind-entry.json?ts=mwwvump0');
    expect(() => pagefindEntry('1.6.0', 'a b')).toThrow('letters and digits only, but got "a b"');
  });

  it('has one build tag, a valid entry tag, so every page of a build names the same entry file', () => {
    expect(pagefindBuildTag).toMatch(/^[a-z0-9]+$/);
    expect(pagefindEntry('1.6.0', pagefindBuildTag)).toBe(`/pagefind/1.6.0/pagefind-entry.json?ts=${pagefindBuildTag}`);
  });
});
