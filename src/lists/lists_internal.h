/* lists_internal.h — what the list readers share; not installed. */
#ifndef KAIJI_LISTS_INTERNAL_H
#define KAIJI_LISTS_INTERNAL_H

#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/lists.h"

/**
 * Called with each row of a table file: `n` cells as UTF-8 strings
 * (borrowed for the call; empty cells are ""), `row` counting from 1.
 * Returns 0 to go on, anything else to stop.
 */
typedef int (*kj_row_fn)(void *ctx, const char *const *cells, size_t n, size_t row);

/**
 * Splits `len` bytes of UTF-8 CSV (RFC 4180: quoted fields with "" for a
 * quote and line breaks inside quotes; CRLF or LF) into rows.  A first line
 * with tabs and no comma makes the file tab-separated.  Returns the
 * callback's first non-zero value, or 0.
 */
int kj_csv_rows(const char *text, size_t len, kj_row_fn fn, void *ctx);

/**
 * Reads the first sheet of the Excel 97–2003 workbook at `path` with
 * FreeXL, row by row (numbers written as integers where they are whole).
 * Returns KJ_OK, or KJ_ERR_DATA with `err` saying why the workbook cannot
 * be read; the callback stopping the reading is KJ_OK.
 */
kj_status kj_xls_rows(const char *path, kj_row_fn fn, void *ctx, kj_error *err);

#endif
