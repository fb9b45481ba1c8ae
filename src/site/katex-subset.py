#!/usr/bin/env python3
"""Cut KaTeX's woff2 faces down to the characters the built site draws with them.

Reads src/site/katex-fonts/glyphs.json (written by `npm run fonts`, src/site/katex-glyphs.ts) and
KaTeX's fonts from node_modules; writes, beside glyphs.json, one cut face per face in use,
<face>.<first 8 hex of its SHA-256>.woff2, and manifest.json: per face, its cut file and the
unicode-range of the cut face and of the full face (the full face's own characters minus the cut
ones). src/site/vendor.ts declares both, so a browser fetches the full face only for a character
outside the cut. Needs fontTools and brotli (Debian: python3-fonttools python3-brotli); the site's
build reads only the files written here.
"""

import hashlib
import io
import json
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "katex-fonts")
FONTS = os.path.join(HERE, "..", "..", "node_modules", "katex", "dist", "fonts")


def unicode_range(codepoints):
    """CSS unicode-range of a set of code points, consecutive ones as U+a-b."""
    runs = []
    for cp in sorted(codepoints):
        if runs and cp == runs[-1][1] + 1:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp])
    return ",".join(f"U+{a:X}" if a == b else f"U+{a:X}-{b:X}" for a, b in runs)


def cmap(font):
    return set(font.getBestCmap().keys())


def cut(face, chars):
    """The cut face's bytes and code points, and the full face's code points."""
    source = os.path.join(FONTS, f"{face}.woff2")
    full = cmap(TTFont(source))
    options = subset.Options()
    options.flavor = "woff2"
    options.recalc_timestamp = False  # the same input gives the same bytes
    font = subset.load_font(source, options)
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(ch) for ch in chars])
    subsetter.subset(font)
    buffer = io.BytesIO()
    subset.save_font(font, buffer, options)
    data = buffer.getvalue()
    return data, cmap(TTFont(io.BytesIO(data))), full


def main():
    with open(os.path.join(OUT, "glyphs.json"), encoding="utf-8") as f:
        glyphs = json.load(f)
    manifest = {}
    keep = {"glyphs.json", "manifest.json"}
    for face, chars in sorted(glyphs.items()):
        data, inside, full = cut(face, chars)
        if not inside:
            continue  # none of these characters is in the face: the browser never fetches it
        name = f"{face}.{hashlib.sha256(data).hexdigest()[:8]}.woff2"
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(data)
        keep.add(name)
        manifest[face] = {
            "file": name,
            "subset": unicode_range(inside),
            "rest": unicode_range(full - inside),
        }
        size = os.path.getsize(os.path.join(FONTS, f"{face}.woff2"))
        print(f"{face}: {len(inside)} of {len(full)} characters, {len(data)} of {size} bytes")
    for name in os.listdir(OUT):
        if name not in keep:
            os.remove(os.path.join(OUT, name))  # cuts of an earlier run
    with open(os.path.join(OUT, "manifest.json"), "w", encoding="utf-8") as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    sys.exit(main())
