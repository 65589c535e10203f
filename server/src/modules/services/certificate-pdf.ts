// The issued certificate as a PDF: A4, Chinese set in Noto Sans SC (shipped by an npm package and embedded
// as a subset, so it renders the same on any reader without system fonts), the verification code and a
// QR code that opens the public verification page.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { EventEmitter } from 'node:events';
// @ts-expect-error fontkit 2 ships no type declarations; the adapter below types what it uses.
import * as fontkitUpstream from 'fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { encode } from 'uqr';

const FONT_FILE = createRequire(import.meta.url).resolve(
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
);
let fontBytes: Buffer | null = null;

interface Subset {
  encode(): Uint8Array;
  encodeStream?: () => EventEmitter;
}
interface Font {
  createSubset(): Subset;
}
const upstream = fontkitUpstream as { create(data: Buffer): Font };

/**
 * Upstream fontkit 2 for pdf-lib: the fork pdf-lib names (@pdf-lib/fontkit) writes broken subsets of CJK fonts
 * (glyphs go blank — its short-loca and CFF offset bugs, fixed upstream). pdf-lib asks a subset for the
 * fontkit 1 `encodeStream()`; fontkit 2 has `encode()`, so each subset gets a one-chunk stream of it.
 */
const fontkit = {
  create(data: Uint8Array) {
    const font = upstream.create(Buffer.from(data));
    const createSubset = font.createSubset.bind(font);
    font.createSubset = () => {
      const subset = createSubset();
      subset.encodeStream = () => {
        const stream = new EventEmitter();
        setImmediate(() => {
          try {
            stream.emit('data', subset.encode());
            stream.emit('end');
          } catch (err) {
            stream.emit('error', err);
          }
        });
        return stream;
      };
      return subset;
    };
    return font;
  },
};

export interface CertificateText {
  title: string;
  /** Paragraphs of the body, already worded (the resident's name, what is certified). */
  paragraphs: string[];
  issuer: string;
  issuedOn: string;
  validUntil: string;
  verifyCode: string;
  verifyUrl: string;
}

const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 64;

/** Breaks Chinese text into lines that fit a width (any character may end a line in Chinese). */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && measure(line + ch) > width) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

function drawQr(page: PDFPage, url: string, x: number, y: number, size: number) {
  const { data } = encode(url, { ecc: 'M', border: 0 });
  const cell = size / data.length;
  data.forEach((row, r) =>
    row.forEach((on, c) => {
      if (on)
        page.drawRectangle({
          x: x + c * cell,
          y: y + size - (r + 1) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
    }),
  );
}

export async function certificatePdf(t: CertificateText): Promise<Uint8Array> {
  fontBytes ??= fs.readFileSync(FONT_FILE);
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit as unknown as Parameters<typeof doc.registerFontkit>[0]);
  doc.setTitle(t.title);
  doc.setProducer('减负 Jianfu');
  const font: PDFFont = await doc.embedFont(fontBytes, { subset: true });
  const page = doc.addPage([A4.width, A4.height]);
  const text = (s: string, x: number, y: number, size: number) =>
    page.drawText(s, { x, y, size, font, color: rgb(0.1, 0.1, 0.1) });

  const titleSize = 24;
  const tw = font.widthOfTextAtSize(t.title, titleSize);
  text(t.title, (A4.width - tw) / 2, A4.height - MARGIN - titleSize, titleSize);

  const size = 14;
  const lead = size * 1.9;
  let y = A4.height - MARGIN - titleSize - 56;
  const width = A4.width - 2 * MARGIN;
  for (const p of t.paragraphs) {
    // Two full-width spaces open a paragraph, as Chinese documents do.
    for (const line of wrap(`\u3000\u3000${p}`, width, (s) => font.widthOfTextAtSize(s, size))) {
      text(line, MARGIN, y, size);
      y -= lead;
    }
  }
  y -= lead;
  const right = (s: string) => text(s, A4.width - MARGIN - font.widthOfTextAtSize(s, size), y, size);
  right(t.issuer);
  y -= lead;
  right(t.issuedOn);

  // The foot: the verification code and the QR code of the public verification page.
  const qr = 96;
  drawQr(page, t.verifyUrl, MARGIN, MARGIN, qr);
  const small = 10;
  const foot = [`验证码：${t.verifyCode}`, `有效期至：${t.validUntil}`, `扫描二维码或访问 ${t.verifyUrl} 核验真伪`];
  foot.forEach((s, i) => text(s, MARGIN + qr + 16, MARGIN + qr - 14 - i * small * 1.8, small));
  return doc.save();
}
