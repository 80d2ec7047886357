/*
 * error.h — errors as values.
 *
 * Functions that can fail return a kj_status and, when given a kj_error,
 * fill it with a message that names the file and the reason.  Status codes
 * are the sysexits(3) values so the CLI can hand them straight to exit().
 */
#ifndef KAIJI_ERROR_H
#define KAIJI_ERROR_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum kj_status {
    KJ_OK = 0,
    KJ_ERR_USAGE = 64,       /* EX_USAGE: bad command line */
    KJ_ERR_DATA = 65,        /* EX_DATAERR: input data unusable */
    KJ_ERR_NOINPUT = 66,     /* EX_NOINPUT: input missing or unreadable */
    KJ_ERR_UNAVAILABLE = 69, /* EX_UNAVAILABLE: a mail server refused for good */
    KJ_ERR_SOFTWARE = 70,    /* EX_SOFTWARE: internal error */
    KJ_ERR_CANTCREAT = 73,   /* EX_CANTCREAT: cannot create output */
    KJ_ERR_IO = 74,          /* EX_IOERR: read or write failed */
    KJ_ERR_TEMPFAIL = 75,    /* EX_TEMPFAIL: try again later */
    KJ_ERR_CONFIG = 78       /* EX_CONFIG: configuration error */
} kj_status;

typedef struct kj_error {
    kj_status status;
    char message[1024];
} kj_error;

/**
 * Sets `err` (when not NULL) to `status` and a printf-formatted message, and
 * returns `status` so callers can write `return kj_error_set(err, ...)`.
 */
kj_status kj_error_set(kj_error *err, kj_status status, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/** Clears `err` to KJ_OK and an empty message. */
void kj_error_clear(kj_error *err);

/** `status` as a process exit status (its sysexits(3) value).  The one
 *  place the enum becomes an int: an enum of non-negative values is
 *  unsigned to clang, so handing it to exit() or returning it as int
 *  would be a sign conversion under -Wsign-conversion. */
static inline int kj_exit_status(kj_status status)
{
    return (int)status;
}

#ifdef __cplusplus
}
#endif

#endif
