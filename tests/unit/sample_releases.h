/*
 * sample_releases.h — the sample archive as releases whose facts come from
 * its hand-written expected.jsonl, not from the extract stage.
 *
 * Aggregation tests use it so that they prove grouping and counting on
 * their own: the overview (titles, links, 事案ID) and the cues are read from
 * the sample files, every schema fact from expected.jsonl; the passages a
 * one-pager shows (rel->snippets) are captured as kaiji's loader does.
 */
#ifndef KAIJI_TEST_SAMPLE_RELEASES_H
#define KAIJI_TEST_SAMPLE_RELEASES_H

#include "kaiji/load.h"

/**
 * Loads every release of the sample archive at `$SAMPLE` (or
 * tests/sample-archive) into `set` and overwrites their facts with those
 * of expected.jsonl.  Fails the running test when a file or a record is
 * missing.  Returns the number of releases.
 */
size_t sample_releases_load(kj_release_set *set);

/** The expected.jsonl `incident` label of `path` (e.g. "C-minato-ransomware"). */
const char *sample_expected_incident(const char *path);

/** The wave label expected.jsonl gives `path` (`W-…`), or NULL when it is in none. */
const char *sample_expected_wave(const char *path);

/** Frees what the helper keeps between calls. */
void sample_releases_done(void);

#endif
