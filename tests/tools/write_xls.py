#!/usr/bin/env python3
"""Writes a CSV table as a minimal Excel 97-2003 workbook (BIFF8 in a compound file).

usage: write_xls.py INPUT.csv OUTPUT.xls

The tests need an .xls like the exchange's `data_j.xls` and no library that
writes one is packaged here, so this writes the few records a reader needs:
the workbook globals (BOF, CODEPAGE, DATEMODE, a FONT, the 16 style XFs and
one cell XF, BOUNDSHEET, SST, EOF) and one sheet (BOF, DIMENSIONS, a
LABELSST per text cell, a NUMBER per cell that is a whole number, EOF) in a
compound file with one stream, `Workbook`, padded to 4,096 bytes so that it
lives in ordinary sectors (smaller streams would go to the mini stream).
Cells are UTF-16 strings in the shared string table, as Excel writes them.
Deterministic: the same CSV gives the same bytes.
"""
import csv
import struct
import sys

SECTOR = 512
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
FAT_SECTOR = 0xFFFFFFFD
NO_STREAM = 0xFFFFFFFF


def record(kind, data=b""):
    return struct.pack("<HH", kind, len(data)) + data


def unicode_string(s, length_bytes=2):
    """XLUnicodeString (2-byte length) or ShortXLUnicodeString (1): UTF-16."""
    units = s.encode("utf-16-le")
    head = struct.pack("<H" if length_bytes == 2 else "<B", len(units) // 2)
    return head + b"\x01" + units


def workbook(rows):
    strings, index = [], {}
    cells = []  # (row, col, kind, value)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value == "":
                continue
            if value.isdigit() and len(value) < 10 and r > 0:
                cells.append((r, c, "number", float(value)))
            else:
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append((r, c, "text", index[value]))
    n_cols = max(len(row) for row in rows)

    font = struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + unicode_string("Arial", 1)
    style_xf = struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    cell_xf = struct.pack("<HHHBBBBIIH", 0, 0, 0x0001, 0x20, 0, 0, 0, 0, 0, 0x20C0)
    sst_data = struct.pack("<II", len(cells), len(strings)) + b"".join(
        unicode_string(s) for s in strings)
    if len(sst_data) > 8224:
        sys.exit("write_xls.py: the strings do not fit one SST record (keep the table small)")

    def globals_stream(sheet_offset):
        out = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x06))
        out += record(0x0042, struct.pack("<H", 0x04B0))  # CODEPAGE: UTF-16
        out += record(0x0022, struct.pack("<H", 0))  # DATEMODE: 1900
        out += record(0x0031, font)
        out += b"".join(record(0x00E0, style_xf) for _ in range(16)) + record(0x00E0, cell_xf)
        out += record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + unicode_string("Sheet1", 1))
        out += record(0x00FC, sst_data)
        out += record(0x000A)
        return out

    sheet = record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0x0DBB, 0x07CC, 0, 0x06))
    sheet += record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, n_cols, 0))
    for r, c, kind, value in cells:
        if kind == "text":
            sheet += record(0x00FD, struct.pack("<HHHI", r, c, 16, value))
        else:
            sheet += record(0x0203, struct.pack("<HHHd", r, c, 16, value))
    sheet += record(0x000A)
    offset = len(globals_stream(0))
    return globals_stream(offset) + sheet


def compound_file(stream):
    if len(stream) < 4096:
        stream += b"\0" * (4096 - len(stream))
    stream += b"\0" * (-len(stream) % SECTOR)
    n_stream = len(stream) // SECTOR
    dir_sector = n_stream
    fat_sector = n_stream + 1
    n_sectors = n_stream + 2
    if n_sectors > SECTOR // 4:
        sys.exit("write_xls.py: the workbook needs more than one FAT sector")

    fat = [FREE] * (SECTOR // 4)
    for i in range(n_stream):
        fat[i] = i + 1 if i + 1 < n_stream else END_OF_CHAIN
    fat[dir_sector] = END_OF_CHAIN
    fat[fat_sector] = FAT_SECTOR

    def entry(name, kind, color, left, right, child, start, size):
        units = name.encode("utf-16-le")
        raw = units + b"\0" * (64 - len(units))
        return (raw + struct.pack("<HBB", len(units) + 2, kind, color) +
                struct.pack("<III", left, right, child) + b"\0" * 16 + struct.pack("<I", 0) +
                b"\0" * 16 + struct.pack("<IIi", start, size, 0))

    directory = entry("Root Entry", 5, 1, NO_STREAM, NO_STREAM, 1, END_OF_CHAIN, 0)
    directory += entry("Workbook", 2, 1, NO_STREAM, NO_STREAM, NO_STREAM, 0, len(stream))
    directory += (b"\0" * 64 + struct.pack("<HBB", 0, 0, 0) +
                  struct.pack("<III", NO_STREAM, NO_STREAM, NO_STREAM) + b"\0" * 48) * 2

    header = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
    header += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6) + b"\0" * 6
    header += struct.pack("<IIIIIIIII", 0, 1, dir_sector, 0, 4096, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
    header += struct.pack("<I", fat_sector) + struct.pack("<I", FREE) * 108
    assert len(header) == 512 and len(directory) == 512
    return header + stream + directory + struct.pack("<%dI" % len(fat), *fat)


def main():
    source, target = sys.argv[1:3]
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = [row for row in csv.reader(f)]
    with open(target, "wb") as f:
        f.write(compound_file(workbook(rows)))


if __name__ == "__main__":
    main()
