/* Tests of MIME message building, digests and addresses (mail.h). */
#include <dirent.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <gmime/gmime.h>

#include "kaiji/mail.h"

static unsigned char binary[256];

static kj_mail sample_mail(kj_attachment *att)
{
    static const char *to[] = {"リスク管理室 <risk@example.jp>", "soc@example.jp"};
    static const char *cc[] = {"audit@example.jp"};
    for (int i = 0; i < 256; i++)
        binary[i] = (unsigned char)i;
    *att = (kj_attachment){"月次ブリーフィング 2026年3月.pdf", "application/pdf", binary,
                           sizeof binary};
    return (kj_mail){"開示レポート <kaiji@example.jp>",
                     to,
                     2,
                     cc,
                     1,
                     "情報セキュリティ開示 月次ブリーフィング 2026年3月",
                     "本文です。\n二行目。\n",
                     att,
                     1,
                     1775000000};
}

static GMimeMessage *parse(const kj_message *msg)
{
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer(msg->data, msg->len);
    GMimeParser *parser = g_mime_parser_new_with_stream(stream);
    GMimeMessage *m = g_mime_parser_construct_message(parser, NULL);
    g_object_unref(parser);
    g_object_unref(stream);
    return m;
}

static void message_round_trips(void **state)
{
    (void)state;
    kj_attachment att;
    kj_mail mail = sample_mail(&att);
    kj_message msg;
    assert_int_equal(kj_message_build(&mail, KJ_NEWLINE_CRLF, &msg, NULL), KJ_OK);
    assert_non_null(msg.message_id);
    assert_non_null(strstr(msg.message_id, "@example.jp"));

    /* The raw header is encoded; nothing but ASCII in the headers. */
    const char *body_start = strstr(msg.data, "\r\n\r\n");
    assert_non_null(body_start);
    for (const char *p = msg.data; p < body_start; p++)
        assert_true((unsigned char)*p < 0x80);
    assert_non_null(strstr(msg.data, "Subject: =?UTF-8?"));
    /* RFC 2231 for the Japanese file name (long: split into continuations) */
    assert_non_null(strstr(msg.data, "filename*0*=UTF-8''%E6%9C%88"));
    /* every line ends in CRLF */
    for (const char *p = strchr(msg.data, '\n'); p; p = strchr(p + 1, '\n'))
        assert_int_equal(p[-1], '\r');

    GMimeMessage *m = parse(&msg);
    assert_non_null(m);
    /*
     * RFC 2047: every encoded word holds whole characters and decodes on
     * its own.  (GMime 3.2's own decoder joins adjacent base64 words and
     * drops what follows one that ends in padding, so the words are
     * decoded one by one here, as Python's email package and mail
     * programs do.)
     */
    GMimeHeaderList *headers = g_mime_object_get_header_list(GMIME_OBJECT(m));
    const char *raw =
        g_mime_header_get_raw_value(g_mime_header_list_get_header(headers, "Subject"));
    assert_non_null(strstr(raw, "=?UTF-8?B?"));
    GString *subject = g_string_new("");
    for (const char *w = strstr(raw, "=?"); w; w = strstr(w + 2, "=?")) {
        /* =?charset?B?text?= : the end follows the third '?' */
        const char *encoding = strchr(w + 2, '?');
        assert_non_null(encoding);
        const char *end = strstr(encoding + 3, "?=");
        assert_non_null(end);
        char *word = g_strndup(w, (gsize)(end + 2 - w));
        char *text = g_mime_utils_header_decode_text(NULL, word);
        g_string_append(subject, text);
        g_free(text);
        g_free(word);
        w = end;
    }
    assert_string_equal(subject->str, mail.subject);
    g_string_free(subject, TRUE);
    InternetAddressList *to = g_mime_message_get_to(m);
    assert_int_equal(internet_address_list_length(to), 2);
    assert_string_equal(internet_address_get_name(internet_address_list_get_address(to, 0)),
                        "リスク管理室");
    assert_non_null(g_mime_message_get_date(m));
    GMimeObject *top = g_mime_message_get_mime_part(m);
    assert_true(GMIME_IS_MULTIPART(top));
    GMimeMultipart *mixed = GMIME_MULTIPART(top);
    assert_int_equal(g_mime_multipart_get_count(mixed), 2);
    GMimeTextPart *text = GMIME_TEXT_PART(g_mime_multipart_get_part(mixed, 0));
    char *decoded = g_mime_text_part_get_text(text);
    assert_string_equal(decoded, "本文です。\r\n二行目。\r\n");
    g_free(decoded);
    GMimePart *pdf = GMIME_PART(g_mime_multipart_get_part(mixed, 1));
    assert_string_equal(g_mime_part_get_filename(pdf), att.filename);
    assert_int_equal(g_mime_part_get_content_encoding(pdf), GMIME_CONTENT_ENCODING_BASE64);
    GMimeStream *out = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(g_mime_part_get_content(pdf), out);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
    assert_int_equal(bytes->len, sizeof binary);
    assert_memory_equal(bytes->data, binary, sizeof binary);
    g_object_unref(out);
    g_object_unref(m);
    kj_message_free(&msg);
}

static void lf_for_sendmail(void **state)
{
    (void)state;
    kj_attachment att;
    kj_mail mail = sample_mail(&att);
    kj_message msg;
    assert_int_equal(kj_message_build(&mail, KJ_NEWLINE_LF, &msg, NULL), KJ_OK);
    assert_null(memchr(msg.data, '\r', msg.len));
    kj_message_free(&msg);
}

static void digest_ignores_date_not_content(void **state)
{
    (void)state;
    kj_attachment att;
    kj_mail mail = sample_mail(&att);
    char *a = kj_mail_digest(&mail);
    assert_int_equal(strlen(a), 7 + 64);
    assert_memory_equal(a, "sha256:", 7);
    mail.date += 86400;
    char *b = kj_mail_digest(&mail);
    assert_string_equal(a, b);
    binary[100] ^= 1;
    char *c = kj_mail_digest(&mail);
    assert_string_not_equal(a, c);
    binary[100] ^= 1;
    /* fields are length-prefixed: moving a byte between them changes the digest */
    mail.subject = "ab";
    mail.body = "c";
    char *d = kj_mail_digest(&mail);
    mail.subject = "a";
    mail.body = "bc";
    char *e = kj_mail_digest(&mail);
    assert_string_not_equal(d, e);
    free(a);
    free(b);
    free(c);
    free(d);
    free(e);
}

static void addresses(void **state)
{
    (void)state;
    assert_int_equal(kj_mail_check_address("risk@example.jp", NULL), KJ_OK);
    assert_int_equal(kj_mail_check_address("リスク管理室 <risk@example.jp>", NULL), KJ_OK);
    assert_int_equal(kj_mail_check_address("\"Risk, Team\" <risk@example.jp>", NULL), KJ_OK);
    kj_error err;
    assert_int_equal(kj_mail_check_address("a@example.jp, b@example.jp", &err), KJ_ERR_CONFIG);
    assert_int_equal(kj_mail_check_address("not an address", &err), KJ_ERR_CONFIG);
    assert_int_equal(kj_mail_check_address("", &err), KJ_ERR_CONFIG);
    assert_int_equal(kj_mail_check_address("@example.jp", &err), KJ_ERR_CONFIG);
    char *spec = kj_mail_addr_spec("リスク管理室 <risk@example.jp>");
    assert_string_equal(spec, "risk@example.jp");
    free(spec);
    assert_null(kj_mail_addr_spec("nobody"));
    /* a bad address in a message is an error, not a mangled header */
    kj_attachment att;
    kj_mail mail = sample_mail(&att);
    const char *bad[] = {"no at sign"};
    mail.to = bad;
    mail.n_to = 1;
    kj_message msg;
    assert_int_equal(kj_message_build(&mail, KJ_NEWLINE_CRLF, &msg, &err), KJ_ERR_CONFIG);
    assert_null(msg.data);
}

/* A program that exits without reading a large message: an error, not SIGPIPE. */
static void sendmail_outcomes(void **state)
{
    (void)state;
    size_t len = 1 << 20;
    char *big = malloc(len);
    memset(big, 'x', len);
    kj_error err;
    const char *quits[] = {"/bin/sh", "-c", "echo 'no such user' >&2; exit 67", NULL};
    assert_int_equal(kj_sendmail_send(quits, 10, big, len, &err), KJ_ERR_UNAVAILABLE);
    assert_non_null(strstr(err.message, "no such user"));
    const char *later[] = {"/bin/sh", "-c", "cat >/dev/null; exit 75", NULL};
    assert_int_equal(kj_sendmail_send(later, 10, big, len, &err), KJ_ERR_TEMPFAIL);
    const char *ok[] = {"/bin/sh", "-c", "cat >/dev/null", NULL};
    assert_int_equal(kj_sendmail_send(ok, 10, big, len, &err), KJ_OK);
    const char *hangs[] = {"/bin/sleep", "30", NULL};
    assert_int_equal(kj_sendmail_send(hangs, 1, "x", 1, &err), KJ_ERR_TEMPFAIL);
    assert_non_null(strstr(err.message, "within 1 s"));
    const char *missing[] = {"/nonexistent/sendmail", NULL};
    assert_int_equal(kj_sendmail_send(missing, 1, "x", 1, &err), KJ_ERR_CONFIG);
    free(big);
}

static int open_fds(void)
{
    int n = 0;
    DIR *d = opendir("/proc/self/fd");
    if (!d)
        return -1;
    while (readdir(d))
        n++;
    closedir(d);
    return n;
}

/* A program that neither reads its input nor ends: stopped at the time
 * limit while the message is still being written (larger than a pipe
 * holds), and neither pipe is left open behind it. */
static void sendmail_timeout_closes_pipes(void **state)
{
    (void)state;
    if (open_fds() < 0)
        skip(); /* no /proc to count descriptors */
    size_t len = 1 << 20;
    char *big = malloc(len);
    memset(big, 'x', len);
    kj_error err;
    const char *hangs[] = {"/bin/sleep", "30", NULL};
    int before = open_fds();
    assert_int_equal(kj_sendmail_send(hangs, 1, big, len, &err), KJ_ERR_TEMPFAIL);
    assert_non_null(strstr(err.message, "within 1 s"));
    assert_int_equal(open_fds(), before);
    free(big);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(message_round_trips),
        cmocka_unit_test(lf_for_sendmail),
        cmocka_unit_test(digest_ignores_date_not_content),
        cmocka_unit_test(addresses),
        cmocka_unit_test(sendmail_outcomes),
        cmocka_unit_test(sendmail_timeout_closes_pipes),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
