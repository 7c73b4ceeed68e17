/**
 * How far down each page of a PDF its content reaches, measured on the rendered page (poppler's pdftoppm, in
 * grey): the fraction of the text area between the top and bottom margins that lies above the lowest inked row.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MM = 72 / 25.4;

/** Fill (0–1) of each page's text area; `margins` in mm, as in the print stylesheet. */
export function pageFill(pdf: string, margins = { top: 18, bottom: 20 }, dpi = 30): number[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-fill-'));
  try {
    const run = spawnSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, join(dir, 'p')], { encoding: 'utf8' });
    if (run.error || run.status !== 0) throw new Error(`pdftoppm (apt package poppler-utils) failed: ${run.error?.message ?? run.stderr}`);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.pgm'))
      .sort()
      .map((f) => {
        const data = readFileSync(join(dir, f));
        // Binary PGM: "P5\n<w> <h>\n<max>\n" then one byte per pixel.
        const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(data.subarray(0, 40).toString('latin1'))!;
        const [w, h] = [Number(header[1]), Number(header[2])];
        const pixels = data.subarray(header[0].length);
        const px = dpi / 72;
        const top = Math.ceil(margins.top * MM * px);
        const bottom = h - Math.ceil(margins.bottom * MM * px);
        let lowest = top;
        for (let y = top; y < bottom; y++) {
          for (let x = 0; x < w; x++) {
            if (pixels[y * w + x]! < 200) {
              lowest = y;
              break;
            }
          }
        }
        return (lowest - top) / (bottom - top);
      });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
