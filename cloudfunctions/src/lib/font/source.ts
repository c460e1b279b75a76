// The font certificates are drawn with, and where it is found.
//
// WenQuanYi Micro Hei (文泉驿微米黑, Debian package fonts-wqy-microhei): TrueType outlines for the whole
// of GB2312 and most of GBK/CJK Unified Ideographs (about 21,000 ideographs), derived from Droid Sans
// Fallback; licence "Apache-2.0 or GPL-3+ with Font exception" (/usr/share/doc/fonts-wqy-microhei/copyright)
// — shipped under Apache-2.0. Chosen over a committed glyph subset because it covers rare characters in
// names (鑫 淼 犇 骉 …) that a GB2312 subset lacks, and over Droid Sans Fallback because it is the font
// .ci/run already installs for the browser tests. A character it lacks (CJK Extension B and beyond, e.g.
// 𠀀) is refused with HONOUR.CERT_CHARS rather than drawn as an empty box.
//
// Size: the .ttc is 5,177,387 bytes, about 2.3 MB deflated. Measured: the honours package (1.7 MB
// bundle + font) zips to 2.7 MB, 6.9 MB unpacked — under the 7.5 MB zip a direct upload takes
// (scripts/deploy-validate.mjs PACKAGE_LIMIT checks it) and the platform's 500 MB before compression
// (https://cloud.tencent.com/document/product/583/11637). cloudfunctions/build.ts copies the font into the
// function's folder as fonts/<FONT_FILE>; the local cloud and the tests read it from the system package.
import fs from 'node:fs'
import path from 'node:path'
import { openFont, type Font } from './truetype'

export const FONT_FILE = 'wqy-microhei.ttc'
/** Where Debian's fonts-wqy-microhei puts it (.ci/run installs the package). */
export const SYSTEM_FONT = `/usr/share/fonts/truetype/wqy/${FONT_FILE}`
/** The folder inside a built function that holds the fonts it draws with. */
export const FONT_FOLDER = 'fonts'

let cached: Font | null = null

/** The certificate font, opened once per instance: beside the bundle when deployed, else the system's. */
export function certificateFont(): Font {
  if (!cached) {
    const candidates = [path.join(__dirname, FONT_FOLDER, FONT_FILE), SYSTEM_FONT]
    const file = candidates.find((f) => fs.existsSync(f))
    if (!file) throw new Error(`certificate font missing: looked in ${candidates.join(', ')} (apt-get install fonts-wqy-microhei)`)
    cached = openFont(fs.readFileSync(file))
  }
  return cached
}
