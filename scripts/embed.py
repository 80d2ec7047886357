#!/usr/bin/env python3
"""Embeds a JSON data file into libkaiji (run by meson at build time).

usage: embed.py INPUT OUTPUT.c SYMBOL

Writes `const char SYMBOL[]` (the file's bytes plus a NUL) and
`const size_t SYMBOL_len` (the byte count without the NUL).  The bytes are
written as string literals with octal escapes, so that bytes above 127 need
no conversion into `char` (the build is clean under -Wconversion).  The
JSON is checked here too: a broken data file stops the build with its
position.
"""
import json
import sys

PLAIN = set(range(0x20, 0x7F)) - {ord('"'), ord("\\"), ord("?")}


def literal(chunk):
    out = []
    for b in chunk:
        out.append(chr(b) if b in PLAIN else f"\\{b:03o}")
    return '"' + "".join(out) + '"'


def main(argv):
    if len(argv) != 4:
        sys.exit(__doc__)
    src, dst, symbol = argv[1:]
    data = open(src, "rb").read()
    try:
        json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        sys.exit(f"{src}: {err}")
    with open(dst, "w", encoding="ascii") as out:
        out.write(f"/* generated from {src.split('/')[-1]} by embed.py: do not edit */\n")
        out.write("#include <stddef.h>\n")
        out.write(f"extern const char {symbol}[];\n")
        out.write(f"extern const size_t {symbol}_len;\n")
        out.write(f"const char {symbol}[] =\n")
        lines = [literal(data[i:i + 48]) for i in range(0, len(data), 48)] or ['""']
        out.write("\n".join("    " + l for l in lines) + ";\n")
        out.write(f"const size_t {symbol}_len = {len(data)};\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
