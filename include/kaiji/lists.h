/*
 * lists.h — the lists a user hands kaiji besides the archive.
 *
 * Two questions a board asks cannot be answered from the releases alone:
 * which of the organisations are listed companies (and in which industry),
 * and does any release concern *us* — our company, group companies,
 * suppliers, the cloud services we use.  The user supplies the answer as
 * files, read here:
 *
 *   - the exchange's list of listed issues (`data_j.xls` as downloaded, or
 *     the same columns as CSV in UTF-8 or CP932): kj_listed, matched
 *     against organisation names by kj_listed_match();
 *   - a watch list (one name a line, aliases after a comma): kj_watch,
 *     matched against the organisations, origins and text of each release
 *     by the extract stage (kj_watch_scan, extract.h), which records the
 *     hits on the release (kj_release.watch_hits, model.h).
 *
 * No list is shipped with kaiji.  Both readers refuse FIFOs, devices and
 * oversized files (readfile.h); every string lives as long as the list.
 */
#ifndef KAIJI_LISTS_H
#define KAIJI_LISTS_H

#include <stdbool.h>
#include <stddef.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------ listed companies */

/** The largest list file read (the exchange's list is about 1 MB). */
#define KJ_LISTED_MAX_FILE_BYTES (64u * 1024 * 1024)

/** One listed issue, its columns as the exchange writes them ("-" where the
 *  exchange gives none, e.g. the industry of an ETF). */
typedef struct kj_listed_entry {
    const char *date;            /* 日付 (`20250131`) */
    const char *code;            /* コード (`7203`, `130A`) */
    const char *name;            /* 銘柄名 */
    const char *market;          /* 市場・商品区分 (`プライム（内国株式）`) */
    const char *industry33_code; /* 33業種コード (`3700`) */
    const char *industry33;      /* 33業種区分 (`輸送用機器`) */
    const char *industry17_code; /* 17業種コード */
    const char *industry17;      /* 17業種区分 */
    const char *size_code;       /* 規模コード */
    const char *size;            /* 規模区分 (`TOPIX Core30`) */
} kj_listed_entry;

typedef struct kj_listed kj_listed;

/**
 * Reads the list of listed issues at `path`: an Excel 97–2003 workbook
 * (`data_j.xls`, read with FreeXL: its first sheet) or CSV (UTF-8 with or
 * without a byte-order mark, or CP932), told apart by the file's first
 * bytes.  The first row names the columns (日付, コード, 銘柄名, 市場・商品区分,
 * 33業種コード, 33業種区分, 17業種コード, 17業種区分, 規模コード, 規模区分, in any
 * order; コード and 銘柄名 are required, the others may be missing); rows
 * without a code or a name are skipped.  Returns KJ_OK and the list in
 * `*out`; KJ_ERR_NOINPUT when the file cannot be read; KJ_ERR_DATA when it
 * is neither a workbook nor CSV, lacks a required column, or holds no
 * issue — `err` says which, naming the file.
 */
kj_status kj_listed_load(const char *path, kj_listed **out, kj_error *err);

/** The issues read, in file order. */
size_t kj_listed_count(const kj_listed *l);
const kj_listed_entry *kj_listed_entry_at(const kj_listed *l, size_t i);

/**
 * The listed issue whose name is `org_name`'s, or NULL.  Names are
 * compared by their matching key (kj_org_key: width, case, spaces,
 * bracketed asides and legal forms wherever they stand —
 * `トヨタ自動車株式会社`, `株式会社トヨタ自動車` and the exchange's `トヨタ自動車`
 * meet), with the exchange's abbreviations of holding companies
 * (`ＨＤ`, `ＨＬＤＧＳ`) read as `ホールディングス`.  A name that only contains
 * a listed one (`カシオ計算機サービス`) or is contained in one (`カシオ`) is
 * another company and does not match.
 */
const kj_listed_entry *kj_listed_match(const kj_listed *l, const char *org_name);

/** The 33-industry label of `e` (`輸送用機器`), or NULL when the exchange
 *  gives none ("-": ETFs, REITs …). */
const char *kj_listed_industry(const kj_listed_entry *e);

/** Frees the list.  NULL is a no-op. */
void kj_listed_free(kj_listed *l);

/* ------------------------------------------------------------ watch list */

/** The largest watch list read. */
#define KJ_WATCH_MAX_FILE_BYTES (4u * 1024 * 1024)

typedef struct kj_watch kj_watch;

/**
 * Reads the watch list at `path` (UTF-8, with or without a byte-order
 * mark, or CP932): one entry a line, `name` or `name, alias, alias …`
 * (aliases after a comma, a full-width comma, a tab or `|`); blank lines
 * and lines starting with `#` are ignored.  The first name is how reports
 * name the entry.  Returns KJ_OK and the list in `*out`; KJ_ERR_NOINPUT
 * when the file cannot be read; KJ_ERR_DATA when it names nothing or a
 * name is empty once its legal form is removed (`株式会社` alone) —
 * with the line in `err`.
 */
kj_status kj_watch_load(const char *path, kj_watch **out, kj_error *err);

/**
 * A watch list from `text` (the file's content, UTF-8), as kj_watch_load()
 * reads it; `source` names it in errors.  For tests and callers that hold
 * the list in memory.
 */
kj_status kj_watch_parse(const char *text, size_t len, const char *source, kj_watch **out,
                         kj_error *err);

/** Entries of the list, and the name reports give entry `i`. */
size_t kj_watch_count(const kj_watch *w);
const char *kj_watch_name(const kj_watch *w, size_t i);

/**
 * Finds the first entry named in `len` bytes of normalised text (kj_normalize:
 * block text, an organisation or origin name normalised) and returns true
 * with the entry in `*entry` and the byte range of the name in `*at`,
 * `*match_len`.  A name counts only as a whole name: `IIJ` is not found in
 * `IIJmio`, nor `みなと精機` in `みなと精機販売` or `東みなと精機` (hiragana
 * before a name is read as a particle or a verb's ending), while
 * `株式会社みなと精機`, `みなと精機(株)`, `みなと精機様`, `みなと精機の` and
 * `みなと精機グループ` name it.
 */
bool kj_watch_find(const kj_watch *w, const char *norm, size_t len, size_t *entry, size_t *at,
                   size_t *match_len);

/**
 * The entry an organisation or origin `name` (as written) is, or -1: the
 * same matching key as an entry's name or alias, or the entry named in it
 * as kj_watch_find() finds names.
 */
long kj_watch_match_name(const kj_watch *w, const char *name);

/** Frees the list.  NULL is a no-op. */
void kj_watch_free(kj_watch *w);

#ifdef __cplusplus
}
#endif

#endif
