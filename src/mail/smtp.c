/*
 * smtp.c — delivery by SMTP through libcurl (see mail.h).
 *
 * libcurl speaks the protocol; this file decides what its outcome means
 * for cron.  A debug callback keeps the last command sent and the last
 * reply received, so a refusal can be reported as
 * `RCPT TO:<x@example.jp> → 550 5.1.1 user unknown` rather than
 * libcurl's bare "RCPT failed: 550".  AUTH commands are never kept.
 */
#include "kaiji/mail.h"
#include "mail_internal.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <curl/curl.h>

typedef struct upload {
    const char *data;
    size_t len;
    size_t sent;
} upload;

typedef struct dialogue {
    char last_command[256];
    char last_reply[512];
    bool refused; /* frozen at the first 4xx/5xx reply: QUIT must not hide it */
} dialogue;

static pthread_once_t curl_once = PTHREAD_ONCE_INIT;
static CURLcode curl_init_result;

static void init_curl(void)
{
    curl_init_result = curl_global_init(CURL_GLOBAL_DEFAULT);
}

static size_t read_message(char *buffer, size_t size, size_t nitems, void *ctx)
{
    upload *up = ctx;
    size_t room = size * nitems;
    size_t n = up->len - up->sent < room ? up->len - up->sent : room;
    memcpy(buffer, up->data + up->sent, n);
    up->sent += n;
    return n;
}

/* Copies one protocol line, without its line end, into dst. */
static void keep_line(char *dst, size_t cap, const char *data, size_t size)
{
    while (size > 0 && (data[size - 1] == '\n' || data[size - 1] == '\r'))
        size--;
    if (size >= cap)
        size = cap - 1;
    memcpy(dst, data, size);
    dst[size] = '\0';
}

static int watch_dialogue(CURL *curl, curl_infotype type, char *data, size_t size, void *ctx)
{
    (void)curl;
    dialogue *d = ctx;
    if (d->refused)
        return 0;
    if (type == CURLINFO_HEADER_OUT) {
        bool in_auth = strncmp(d->last_command, "AUTH", 4) == 0;
        if (size >= 4 && strncasecmp(data, "AUTH", 4) == 0)
            snprintf(d->last_command, sizeof d->last_command, "AUTH (credentials not shown)");
        else if (!(in_auth && !memchr(data, ' ', size))) /* not a SASL continuation line */
            keep_line(d->last_command, sizeof d->last_command, data, size);
    } else if (type == CURLINFO_HEADER_IN) {
        keep_line(d->last_reply, sizeof d->last_reply, data, size);
        d->refused = size >= 3 && (data[0] == '4' || data[0] == '5') && data[1] >= '0' &&
                     data[1] <= '9' && (size == 3 || data[3] == ' ');
    }
    return 0;
}

static kj_status classify(CURLcode rc, long reply_code, const dialogue *d, const char *where,
                          long timeout, const char *curl_message, kj_error *err)
{
    const char *command = d->last_command[0] ? d->last_command : "(connecting)";
    const char *reply = d->last_reply[0] ? d->last_reply : "no reply";
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_PARTIAL_FILE:
        if (reply_code >= 500 && reply_code < 600)
            break; /* a refusal reported as a send error: handled below */
        if (reply_code >= 400 && reply_code < 500)
            return kj_error_set(err, KJ_ERR_TEMPFAIL,
                                "%s: temporary refusal of %s: %s (the next run retries)", where,
                                command, reply);
        if (rc == CURLE_OPERATION_TIMEDOUT)
            return kj_error_set(err, KJ_ERR_TEMPFAIL,
                                "%s: no answer within the time limit (%ld s) after %s (the next "
                                "run retries)",
                                where, timeout, command);
        return kj_error_set(err, KJ_ERR_TEMPFAIL, "%s: %s (the next run retries)", where,
                            curl_message);
    case CURLE_LOGIN_DENIED:
        return kj_error_set(err, KJ_ERR_CONFIG, "%s: authentication failed: %s", where, reply);
    case CURLE_USE_SSL_FAILED:
        return kj_error_set(err, KJ_ERR_CONFIG,
                            "%s: the server does not offer STARTTLS, which a password requires "
                            "(use \"security\": \"smtps\" on port 465, or another server)",
                            where);
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_CERTPROBLEM:
        return kj_error_set(err, KJ_ERR_CONFIG, "%s: TLS: %s (see \"ca_file\")", where,
                            curl_message);
    default:
        break;
    }
    if (reply_code >= 400 && reply_code < 500)
        return kj_error_set(err, KJ_ERR_TEMPFAIL,
                            "%s: temporary refusal of %s: %s (the next run retries)", where,
                            command, reply);
    if (reply_code >= 500 && reply_code < 600) {
        if (strncmp(command, "AUTH", 4) == 0)
            return kj_error_set(err, KJ_ERR_CONFIG, "%s: authentication refused: %s", where, reply);
        return kj_error_set(err, KJ_ERR_UNAVAILABLE, "%s: the server refused %s: %s", where,
                            command, reply);
    }
    return kj_error_set(err, KJ_ERR_UNAVAILABLE, "%s: %s (last reply: %s)", where, curl_message,
                        reply);
}

kj_status kj_smtp_send(const kj_smtp_options *o, const char *sender, const char *const *recipients,
                       size_t n_recipients, const char *message, size_t len, kj_error *err)
{
    char where[300];
    snprintf(where, sizeof where, "SMTP %s:%d", o->host, o->port);
    if (o->password && o->security == KJ_SMTP_NONE)
        return kj_error_set(err, KJ_ERR_CONFIG,
                            "%s: refusing to send a password without TLS (starttls or smtps)",
                            where);
    pthread_once(&curl_once, init_curl);
    if (curl_init_result != CURLE_OK)
        return kj_error_set(err, KJ_ERR_SOFTWARE, "libcurl: %s",
                            curl_easy_strerror(curl_init_result));
    CURL *curl = curl_easy_init();
    if (!curl)
        return kj_error_set(err, KJ_ERR_SOFTWARE, "libcurl: cannot start a session");

    char url[320];
    /* An IPv6 literal needs brackets in a URL. */
    bool v6 = strchr(o->host, ':') != NULL;
    snprintf(url, sizeof url, "%s://%s%s%s:%d", o->security == KJ_SMTP_SMTPS ? "smtps" : "smtp",
             v6 ? "[" : "", o->host, v6 ? "]" : "", o->port);
    char *from = kj_mail_addr_spec(sender);
    char mail_from[300];
    snprintf(mail_from, sizeof mail_from, "<%s>", from ? from : sender);
    free(from);
    struct curl_slist *rcpt = NULL;
    for (size_t i = 0; i < n_recipients; i++) {
        char *spec = kj_mail_addr_spec(recipients[i]);
        char line[300];
        snprintf(line, sizeof line, "<%s>", spec ? spec : recipients[i]);
        free(spec);
        rcpt = curl_slist_append(rcpt, line);
    }

    upload up = {message, len, 0};
    dialogue d = {{0}, {0}, false};
    char curl_message[CURL_ERROR_SIZE] = "";
    curl_easy_setopt(curl, CURLOPT_URL, url);
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, mail_from);
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, rcpt);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, read_message);
    curl_easy_setopt(curl, CURLOPT_READDATA, &up);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, (curl_off_t)len);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, curl_message);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); /* feeds watch_dialogue; nothing is printed */
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, watch_dialogue);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &d);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, o->timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, o->timeout_seconds);
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    if (o->security == KJ_SMTP_STARTTLS)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
    if (o->ca_file)
        curl_easy_setopt(curl, CURLOPT_CAINFO, o->ca_file);
    if (o->user) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, o->user);
        curl_easy_setopt(curl, CURLOPT_PASSWORD, o->password ? o->password : "");
    }

    /* NOSIGNAL (needed beside threads) also stops libcurl from ignoring
     * SIGPIPE itself, so a connection dropped mid-TLS-write is guarded here. */
    sigset_t old_mask;
    kj_mail_block_sigpipe(&old_mask);
    CURLcode rc = curl_easy_perform(curl);
    kj_mail_restore_sigpipe(&old_mask);
    long reply_code = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply_code);
    kj_status st = KJ_OK;
    if (rc != CURLE_OK) {
        if (!curl_message[0])
            snprintf(curl_message, sizeof curl_message, "%s", curl_easy_strerror(rc));
        st = classify(rc, reply_code, &d, where, o->timeout_seconds, curl_message, err);
    }
    curl_slist_free_all(rcpt);
    curl_easy_cleanup(curl);
    return st;
}
