// Small Office files written by tests (and the browser journey): a DOCX with tables, an XLSX template with a
// merged multi-row header. Only what a reader needs; Word and Excel open them too.
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

/** A zip of the given entries (deflated), as Word writes one. */
export function zipOf(entries: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const packed = zlib.deflateRawSync(data);
    const crc = zlib.crc32(data);
    const n = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, packed);
    centrals.push(central, n);
    offset += 30 + n.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(entries).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A DOCX cell: text, and optionally a span over grid columns or a vertical merge. */
export type DocCell = string | { text: string; span?: number; vMerge?: 'restart' | 'continue' };

export function docxOf(title: string, tables: DocCell[][][]): Buffer {
  const cell = (c: DocCell) => {
    const { text, span, vMerge } = typeof c === 'string' ? { text: c } : c;
    const props =
      (span ? `<w:gridSpan w:val="${span}"/>` : '') +
      (vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : vMerge ? '<w:vMerge/>' : '');
    return `<w:tc><w:tcPr>${props}</w:tcPr><w:p><w:r><w:t>${esc(text)}</w:t></w:r></w:p></w:tc>`;
  };
  const body = tables
    .map((rows) => `<w:tbl>${rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`)
    .join('<w:p/>');
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  return zipOf({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>${esc(title)}</w:t></w:r></w:p>${body}</w:body></w:document>`,
  });
}

/**
 * An XLSX ledger template as departments keep them: a title row merged across, then a two-row header whose
 * parents are merged over their children, and blank rows.
 */
export async function xlsxTemplate(title: string, header: { label: string; children?: string[] }[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('台账');
  const width = header.reduce((n, h) => n + (h.children?.length ?? 1), 0);
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, width);
  let c = 1;
  for (const h of header) {
    ws.getCell(2, c).value = h.label;
    if (h.children) {
      ws.mergeCells(2, c, 2, c + h.children.length - 1);
      h.children.forEach((child, i) => (ws.getCell(3, c + i).value = child));
      c += h.children.length;
    } else {
      ws.mergeCells(2, c, 3, c);
      c++;
    }
  }
  ws.addRow([]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
