import { encodePng, type Rgba } from './png.js';

function canvas(size: number): Rgba {
  return { width: size, height: size, pixels: new Uint8Array(size * size * 4) };
}

function fill(image: Rgba, inside: (x: number, y: number) => boolean, rgba: [number, number, number, number]): void {
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < image.width; x++) {
      if (!inside(x + 0.5, y + 0.5)) continue;
      image.pixels.set(rgba, (y * image.width + x) * 4);
    }
  }
}

/** A register page with lines and a check mark: the shape of both icons, in unit coordinates (0–1). */
function motif(u: number, v: number): 'page' | 'line' | 'check' | undefined {
  const onCheck = (ax: number, ay: number, bx: number, by: number, width: number) => {
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((u - ax) * dx + (v - ay) * dy) / (dx * dx + dy * dy)));
    return Math.hypot(u - (ax + t * dx), v - (ay + t * dy)) < width;
  };
  if (onCheck(0.52, 0.7, 0.62, 0.8, 0.05) || onCheck(0.62, 0.8, 0.84, 0.52, 0.05)) return 'check';
  if (u < 0.22 || u > 0.74 || v < 0.16 || v > 0.86) return undefined;
  for (const lineY of [0.32, 0.45, 0.58]) if (v > lineY - 0.03 && v < lineY + 0.03 && u > 0.3 && u < 0.66) return 'line';
  return 'page';
}

/** 192×192 colour icon: white register page on the accent colour. */
export function colorIcon(): Buffer {
  const size = 192;
  const image = canvas(size);
  fill(image, () => true, [0x1f, 0x5c, 0x99, 255]);
  fill(image, (x, y) => motif(x / size, y / size) === 'page', [255, 255, 255, 255]);
  fill(image, (x, y) => motif(x / size, y / size) === 'line', [0x1f, 0x5c, 0x99, 255]);
  fill(image, (x, y) => motif(x / size, y / size) === 'check', [0x3f, 0xb9, 0x50, 255]);
  return encodePng(image);
}

/** 32×32 outline icon: white on transparent, as Teams requires. */
export function outlineIcon(): Buffer {
  const size = 32;
  const image = canvas(size);
  fill(image, (x, y) => {
    const m = motif(x / size, y / size);
    const inner = motif((x - 1.6) / (size - 3.2), (y - 1.6) / (size - 3.2));
    return m === 'check' || m === 'line' || (m === 'page' && inner !== 'page');
  }, [255, 255, 255, 255]);
  return encodePng(image);
}
