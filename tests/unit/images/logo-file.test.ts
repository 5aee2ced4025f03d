// Logos: the type is decided by the bytes, SVGs that could act (script, handlers, outside references) are refused,
// the size is limited, and 'images:chooseLogo' reads the file chosen in main's dialog through the real dispatcher.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dispatcher } from '../../../electron/ipc/dispatch';
import { APP_SENDER, appDispatcher } from '../documents/main-in-test';
import { bytesToBase64, checkLogoBytes, LOGO_MAX_BYTES, logoNameFromFile } from '../../../shared/images/logo-file';
import { UserFacingError } from '../../../shared/ipc/result';
import { composeRoll } from '../../../shared/roll/compose';
import { ScriptedHost, tempFolder } from '../documents/test-host';
import { buildDocument } from '../roll/build-document';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const WEBP = new Uint8Array([...Buffer.from('RIFF'), 4, 0, 0, 0, ...Buffer.from('WEBPVP8 ')]);
const svg = (body: string) => new TextEncoder().encode(`<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">${body}</svg>`);

function refusal(bytes: Uint8Array, name = 'logo.svg'): string {
  try {
    checkLogoBytes(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(UserFacingError);
    return (error as Error).message;
  }
  throw new Error('expected a refusal');
}

describe('checkLogoBytes', () => {
  it('knows PNG, JPEG, WebP and SVG by their bytes, whatever the name says', () => {
    expect(checkLogoBytes(PNG, 'logo.jpg')).toBe('image/png');
    expect(checkLogoBytes(JPEG, 'logo.png')).toBe('image/jpeg');
    expect(checkLogoBytes(WEBP, 'logo')).toBe('image/webp');
    expect(checkLogoBytes(svg('<rect width="10" height="10" fill="#fff"/>'), 'logo.png')).toBe('image/svg+xml');
    // The SVG namespace URL is not a reference to load.
    expect(checkLogoBytes(svg('<use href="#a"/>'), 'x')).toBe('image/svg+xml');
  });

  it('refuses what is not an image, in a sentence naming the file', () => {
    expect(refusal(new TextEncoder().encode('%PDF-1.7'), 'deal.pdf')).toBe('“deal.pdf” is not a PNG, JPEG, WebP or SVG image, so it cannot be used as a logo.');
    expect(refusal(new TextEncoder().encode('<html><svg></svg></html>'), 'page.svg')).toMatch(/is not a PNG/);
    expect(refusal(new Uint8Array(0), 'empty.png')).toBe('“empty.png” is empty, so it is not a logo.');
  });

  it('refuses an SVG that could run script or load something else', () => {
    expect(refusal(svg('<script>alert(1)</script>'))).toBe('“logo.svg” is an SVG with a script, which Rollcall does not keep in a logo; export it again as a plain SVG or a PNG.');
    expect(refusal(svg('<rect onload="alert(1)"/>'))).toMatch(/an event handler/);
    expect(refusal(svg('<a href="javascript:alert(1)"><rect/></a>'))).toMatch(/javascript: link/);
    expect(refusal(svg('<foreignObject><div/></foreignObject>'))).toMatch(/foreignObject/);
    expect(refusal(svg('<image href="https://example.com/x.png"/>'))).toMatch(/reference to another file/);
    expect(refusal(svg('<rect style="fill:url(//example.com/p.svg#g)"/>'))).toMatch(/reference to another file/);
    expect(refusal(new TextEncoder().encode('<!DOCTYPE svg [<!ENTITY x "y">]><svg></svg>'))).toMatch(/DOCTYPE or entity|not a PNG/);
  });

  it('limits the size to 5 MB', () => {
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set(PNG);
    expect(refusal(big, 'huge.png')).toMatch(/^“huge.png” is 5.0 MB; a logo can be at most 5 MB/);
  });

  it('encodes base64 as Buffer does, and names the logo after its file', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(logoNameFromFile('Northern Lights.svg')).toBe('Northern Lights');
    expect(logoNameFromFile('.png')).toBe('Logo');
  });
});

describe('composeRoll: logos', () => {
  it('runs logos in their order, ties in file order', () => {
    const b = buildDocument();
    const image = (id: string, order: number) => ({ id, name: id, kind: 'other' as const, mediaType: 'image/png' as const, data: PNG.toString('base64'), order });
    b.doc.images.push(image('c', 1), image('a', 0), image('b', 0));
    const logos = composeRoll(b.doc).endCredits.find((s) => s.kind === 'logos')!.blocks.find((x) => x.kind === 'logos');
    expect(logos?.kind === 'logos' && logos.logos.map((l) => l.imageId)).toEqual(['a', 'b', 'c']);
  });
});

describe('images:chooseLogo', () => {
  let folder: { dir: string; cleanup: () => Promise<void> };
  let host: ScriptedHost;
  let dispatcher: Dispatcher;
  beforeAll(async () => {
    folder = await tempFolder('rollcall-logo-');
    host = new ScriptedHost(folder.dir);
    dispatcher = appDispatcher(host);
  });
  afterAll(() => folder.cleanup());
  const choose = () => dispatcher.dispatch('images:chooseLogo', APP_SENDER, {});

  it('reads the chosen file as base64 with its type and name', async () => {
    const file = path.join(folder.dir, 'Northern Lights.png');
    await writeFile(file, PNG);
    host.openAnswers.push(file);
    expect(await choose()).toEqual({ ok: true, data: { name: 'Northern Lights', mediaType: 'image/png', data: PNG.toString('base64') } });
  });

  it('answers CANCELLED when the dialog is dismissed, and refusals with a sentence', async () => {
    host.openAnswers.push(null);
    expect(await choose()).toMatchObject({ ok: false, error: { code: 'CANCELLED' } });
    const file = path.join(folder.dir, 'bad.svg');
    await writeFile(file, svg('<script>1</script>'));
    host.openAnswers.push(file);
    expect(await choose()).toMatchObject({ ok: false, error: { code: 'UNREADABLE', message: expect.stringMatching(/^“bad.svg” is an SVG with a script/) } });
    const big = path.join(folder.dir, 'big.png');
    await writeFile(big, Buffer.concat([PNG, Buffer.alloc(LOGO_MAX_BYTES)]));
    host.openAnswers.push(big);
    expect(await choose()).toMatchObject({ ok: false, error: { code: 'UNREADABLE', message: expect.stringMatching(/at most 5 MB/) } });
    host.openAnswers.push(path.join(folder.dir, 'missing.png'));
    expect(await choose()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
