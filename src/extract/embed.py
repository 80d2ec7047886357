#!/usr/bin/env python3
"""Turns a file into a C array: embed.py INPUT OUTPUT SYMBOL.

Used by meson to compile the extraction lexicon into libkaiji.  The JSON is
checked here too, so a broken lexicon stops the build with its position.
"""
import json
import sys


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
        out.write(f"const char {symbol}[] = {{\n")
        for i in range(0, len(data), 16):
            out.write("    " + ", ".join(str(b) for b in data[i:i + 16]) + ",\n")
        out.write("    0};\n")
        out.write(f"const size_t {symbol}_len = {len(data)};\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
