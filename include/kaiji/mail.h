/*
 * mail.h — e-mail messages and their delivery.
 *
 * The last stage of an unattended run: reports become one RFC 5322 / MIME
 * message (built with GMime, never by hand) that goes out by SMTP through
 * libcurl or through a sendmail-compatible program.  Delivery functions
 * tell a temporary failure (server down, time-out, 4xx: the next run
 * retries) from a permanent one (5xx: a human must look), so that cron
 * neither double-sends nor fails silently.
 */
#ifndef KAIJI_MAIL_H
#define KAIJI_MAIL_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "kaiji/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------ addresses */

/**
 * Checks that `text` is exactly one mailbox (`user@example.jp` or
 * `名前 <user@example.jp>`).  Returns KJ_OK, or KJ_ERR_CONFIG with `err`
 * saying what is wrong.
 */
kj_status kj_mail_check_address(const char *text, kj_error *err);

/**
 * The bare address (`user@example.jp`) of mailbox `text`, malloc'd; the
 * caller frees it.  NULL when `text` is not one mailbox.
 */
char *kj_mail_addr_spec(const char *text);

/* -------------------------------------------------------------- message */

/** A file carried by a message. */
typedef struct kj_attachment {
    const char *filename;     /* shown to the recipient; UTF-8 (RFC 2231-encoded when not ASCII) */
    const char *content_type; /* e.g. "application/pdf" */
    const unsigned char *data;
    size_t len;
} kj_attachment;

/** What a message says; the strings are UTF-8 and stay the caller's. */
typedef struct kj_mail {
    const char *from; /* one mailbox */
    const char *const *to;
    size_t n_to;
    const char *const *cc;
    size_t n_cc;
    const char *subject; /* plain text; RFC 2047-encoded in the header */
    const char *body;    /* the text/plain part */
    const kj_attachment *attachments;
    size_t n_attachments;
    time_t date; /* the Date header; 0 means now */
} kj_mail;

typedef enum kj_newline {
    KJ_NEWLINE_CRLF, /* SMTP and .eml files (RFC 5322) */
    KJ_NEWLINE_LF    /* a local sendmail program */
} kj_newline;

/** A message as bytes, ready to hand to a server or write to a file. */
typedef struct kj_message {
    char *data; /* NUL-terminated for convenience; `len` bytes */
    size_t len;
    char *message_id; /* without angle brackets */
} kj_message;

/**
 * Builds `mail` as a MIME message: multipart/mixed holding the body as
 * UTF-8 text/plain and each attachment as a base64 part with its file name
 * (RFC 2231 when not ASCII); From, To, Cc, an RFC 2047 Subject, Date,
 * Message-ID (on the sender's domain) and MIME-Version.  Fills `*msg`
 * (release it with kj_message_free()).  Returns KJ_OK, or KJ_ERR_CONFIG
 * when an address does not parse.
 */
kj_status kj_message_build(const kj_mail *mail, kj_newline newline, kj_message *msg, kj_error *err);

/** Frees what kj_message_build() put in `msg` and clears it. */
void kj_message_free(kj_message *msg);

/**
 * The SHA-256 of what `mail` says — subject, body, and each attachment's
 * name and bytes, each length-prefixed — as `sha256:` and 64 hex digits,
 * malloc'd (the caller frees it).  Date and Message-ID are left out, so the
 * same report always has the same digest.
 */
char *kj_mail_digest(const kj_mail *mail);

/* ------------------------------------------------------------- delivery */

typedef enum kj_smtp_security {
    KJ_SMTP_STARTTLS, /* plain connection upgraded with STARTTLS, which must succeed */
    KJ_SMTP_SMTPS,    /* TLS from the first byte (port 465) */
    KJ_SMTP_NONE      /* no encryption: only without a password */
} kj_smtp_security;

typedef struct kj_smtp_options {
    const char *host;
    int port;
    kj_smtp_security security;
    const char *user;     /* NULL: no authentication */
    const char *password; /* with user; never with KJ_SMTP_NONE */
    const char *ca_file;  /* NULL: the system's certificate authorities */
    long timeout_seconds; /* for the whole conversation, connecting included */
} kj_smtp_options;

/**
 * Sends `len` bytes of `message` (CRLF line ends) by SMTP to every address
 * of `recipients`, with `sender` as the envelope sender.  Returns KJ_OK once
 * the server accepted the message for delivery; KJ_ERR_TEMPFAIL when it
 * could not be reached, did not answer in time, or answered 4xx;
 * KJ_ERR_UNAVAILABLE when it refused for good (5xx: a rejected recipient, a
 * message too large); KJ_ERR_CONFIG when the settings cannot work (failed
 * authentication, no STARTTLS offered, an untrusted certificate).  `err`
 * quotes the server's answer and the command it refused; passwords never
 * appear in it.
 */
kj_status kj_smtp_send(const kj_smtp_options *options, const char *sender,
                       const char *const *recipients, size_t n_recipients, const char *message,
                       size_t len, kj_error *err);

/**
 * Runs the sendmail-compatible program `argv` (argv[0] a path, NULL-
 * terminated; e.g. /usr/sbin/sendmail -t -oi) without a shell, writes
 * `message` (LF line ends) to its standard input and waits for it, at most
 * `timeout_seconds` (then it is killed).  Returns KJ_OK when it exits 0;
 * KJ_ERR_TEMPFAIL when it exits 75 (EX_TEMPFAIL) or times out;
 * KJ_ERR_CONFIG when it cannot be started; KJ_ERR_UNAVAILABLE for any other
 * failure.  `err` quotes the end of what it wrote to standard error.
 */
kj_status kj_sendmail_send(const char *const *argv, long timeout_seconds, const char *message,
                           size_t len, kj_error *err);

#ifdef __cplusplus
}
#endif

#endif
