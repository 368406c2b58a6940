#!/usr/bin/python3
# Makes assets/fonts/*.woff2 from the Fontsource packages' files: the weights and OpenType features the theme
# uses, nothing else, so the two fonts every page preloads weigh 63 KB instead of 99 KB.
#
# Run from the project root after `npm install` (which brings the packages) with Debian's fontTools:
#   apt-get install python3-fonttools python3-brotli && python3 src/theme/subset-fonts.py
# The files are committed; tests/unit/fonts.test.ts checks them against the packages (same characters, the
# weight range and features below), so an upgrade of either package is this command, then the tests.
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

# The weights the stylesheet asks for: 400 (text), 500 (titles, labels), 600 (chips, headings in the body),
# 700 (`strong`, `b`, `th`). The @font-face rules in assets/css/site.css say the same range.
WEIGHTS = (400, 700)

# What the text needs: kerning, ligatures, Inter's contextual alternates, accents placed on their letters, local
# letter forms. Left out: fractions, tabular and proportional figures (no rule asks for them).
FEATURES = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk"]

PACKAGES = {
    "source-serif-4": "node_modules/@fontsource-variable/source-serif-4/files",
    "inter": "node_modules/@fontsource-variable/inter/files",
}

# (package, Fontsource's file name without ".woff2"): the Latin and Latin Extended ranges the theme ships.
FILES = [
    ("source-serif-4", "source-serif-4-latin-wght-normal"),
    ("source-serif-4", "source-serif-4-latin-ext-wght-normal"),
    ("source-serif-4", "source-serif-4-latin-wght-italic"),
    ("source-serif-4", "source-serif-4-latin-ext-wght-italic"),
    ("inter", "inter-latin-wght-normal"),
    ("inter", "inter-latin-ext-wght-normal"),
]


def subset_name(name: str) -> str:
    """`inter-latin-wght-normal` → `inter-latin-wght400-700-normal`: the name says what was kept."""
    return name.replace("-wght-", f"-wght{WEIGHTS[0]}-{WEIGHTS[1]}-")


def make(source: str, target: str) -> None:
    # No new timestamp in `head`: the same packages give the same files.
    font = TTFont(source, recalcTimestamp=False)
    options = subset.Options()
    options.layout_features = FEATURES
    options.hinting = False  # the packages' files carry none worth keeping; browsers hint variable fonts themselves
    options.glyph_names = False
    options.name_IDs = ["*"]  # names, copyright and licence stay as the font's authors wrote them
    options.notdef_outline = True
    options.recalc_timestamp = False
    subsetter = subset.Subsetter(options)
    # Every character the package's file maps, so the unicode-range in the stylesheet stays true.
    subsetter.populate(unicodes=font.getBestCmap().keys())
    subsetter.subset(font)
    # After the subset, not before: fontTools 4.38's subsetter fails on glyphs the instancer left without deltas.
    font = instancer.instantiateVariableFont(font, {"wght": WEIGHTS})
    font.flavor = "woff2"
    font.save(target, reorderTables=True)


def main() -> None:
    for package, name in FILES:
        source = os.path.join(PACKAGES[package], f"{name}.woff2")
        if not os.path.exists(source):
            sys.exit(f"{source} is missing: run `npm install` first (the font packages are devDependencies).")
        target = os.path.join("assets", "fonts", f"{subset_name(name)}.woff2")
        make(source, target)
        print(f"{target}: {os.path.getsize(source)} → {os.path.getsize(target)} bytes")


if __name__ == "__main__":
    main()
