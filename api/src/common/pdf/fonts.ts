import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// Noto Sans SC from an npm package, so PDFs render Chinese on any machine after `npm install`, with or without
// Debian's CJK fonts. pdfkit embeds only the glyphs a document uses.
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type CjkWeight = keyof typeof FONT_FILES;

let loaded: Record<CjkWeight, Buffer> | undefined;

/** The font files' bytes, read once per process (about 10 MB each). */
export function cjkFonts(): Record<CjkWeight, Buffer> {
  loaded ??= {
    regular: readFileSync(require.resolve(FONT_FILES.regular)),
    bold: readFileSync(require.resolve(FONT_FILES.bold)),
  };
  return loaded;
}
