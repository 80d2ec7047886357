/*
 * state.h — what an unattended run has already sent.
 *
 * A JSON file (written atomically through output.h) that holds, for every
 * job: the periods whose message a server accepted (with the content's
 * SHA-256 digest, the Message-ID, the time and the attachments), the first
 * period the job ever considered (so a missed month is recognised as
 * missing), and the archive files already announced as new (so "new
 * releases since the last run" never lists a release twice).  A re-run
 * therefore sends nothing twice, and a run after an outage catches up.
 *
 * Layout (README.md documents it for people who edit it by hand):
 *   {"version": 1,
 *    "jobs": {"monthly": {"first_period": "2026-01",
 *                         "sent": {"2026-01": {"digest": "sha256:…",
 *                                              "message_id": "…",
 *                                              "sent_at": "2026-02-01T06:00:02+09:00",
 *                                              "attachments": ["briefing-2026-01.pdf"]}},
 *                         "reported_since": "2025-02-01",
 *                         "reported": {"2026/01/20_name.md": "2026-01"}}}}
 */
#ifndef KAIJI_STATE_H
#define KAIJI_STATE_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "kaiji/error.h"
#include "kaiji/model.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct kj_state kj_state;

/**
 * Reads the state file `path`; a missing file is an empty state (the first
 * run).  Returns KJ_OK, or KJ_ERR_DATA when the file exists but is not a
 * state file kaiji wrote (then nothing may be sent: what was sent is
 * unknown), or KJ_ERR_NOINPUT when it cannot be read.
 */
kj_status kj_state_load(const char *path, kj_state **state, kj_error *err);

/** Writes the state to `path` atomically and durably: the file is synced,
 *  renamed into place, then its folder is synced (so the rename survives a
 *  power cut).  Returns KJ_OK or a 73/74 status. */
kj_status kj_state_save(const kj_state *state, const char *path, kj_error *err);

/** Frees the state.  NULL is a no-op. */
void kj_state_free(kj_state *state);

/** True when job `job` has a record of a message accepted for `period` (a key). */
bool kj_state_was_sent(const kj_state *state, const char *job, const char *period);

/** The digest recorded with that message, or NULL. */
const char *kj_state_sent_digest(const kj_state *state, const char *job, const char *period);

/**
 * Records that the server accepted the message of `job` for `period`, with
 * its content digest, Message-ID, time and attachment names.
 */
void kj_state_record_sent(kj_state *state, const char *job, const char *period, const char *digest,
                          const char *message_id, time_t when, const char *const *attachments,
                          size_t n_attachments);

/** The first period job `job` ever considered (a key), or NULL. */
const char *kj_state_first_period(const kj_state *state, const char *job);

/** Sets the first period of `job`. */
void kj_state_set_first_period(kj_state *state, const char *job, const char *period);

/** True when `job` has ever announced a release (its "reported" list is in use). */
bool kj_state_has_reported(const kj_state *state, const char *job);

/**
 * The period (a key) in whose message `job` announced archive file `path`
 * as new, or NULL when it never did.
 */
const char *kj_state_reported_in(const kj_state *state, const char *job, const char *path);

/**
 * The oldest archive date `job` tracks announcements for: releases filed
 * before it count as announced (the list is pruned to stay small).  Unset
 * when the job has announced nothing yet.
 */
kj_date kj_state_reported_since(const kj_state *state, const char *job);

/**
 * Marks archive files `paths` as announced by `job` in `period`, then moves
 * the horizon to `since` (when later than the current one) and forgets
 * entries filed before it.
 */
void kj_state_add_reported(kj_state *state, const char *job, const char *period,
                           const char *const *paths, size_t n_paths, kj_date since);

#ifdef __cplusplus
}
#endif

#endif
