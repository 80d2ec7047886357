/*
 * message.c — MIME messages with GMime (see mail.h).
 *
 * GMime does the encodings a hand-written message gets wrong: RFC 2047
 * for a Japanese subject and display names, RFC 2231 for Japanese file
 * names, base64 line lengths, boundaries that never occur in the content.
 * This file only decides the message's shape.
 */
#include "kaiji/alloc.h"
#include "kaiji/mail.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <gmime/gmime.h>

static pthread_once_t gmime_once = PTHREAD_ONCE_INIT;

static void init_gmime(void)
{
    g_mime_init();
}

/* One mailbox parsed from `text`, or NULL (the caller unrefs the list). */
static InternetAddressMailbox *parse_mailbox(const char *text, InternetAddressList **list)
{
    pthread_once(&gmime_once, init_gmime);
    *list = internet_address_list_parse(NULL, text);
    if (!*list)
        return NULL;
    if (internet_address_list_length(*list) != 1)
        return NULL;
    InternetAddress *ia = internet_address_list_get_address(*list, 0);
    if (!INTERNET_ADDRESS_IS_MAILBOX(ia))
        return NULL;
    return INTERNET_ADDRESS_MAILBOX(ia);
}

/* A plausible addr-spec: local@domain, no spaces or controls, a dotted or
 * bracketed domain is not required (intranet hosts exist). */
static bool addr_spec_ok(const char *addr)
{
    const char *at = strrchr(addr, '@');
    if (!at || at == addr || at[1] == '\0')
        return false;
    for (const unsigned char *p = (const unsigned char *)addr; *p; p++)
        if (*p <= ' ' || *p == 0x7f || *p == '<' || *p == '>' || *p == ',')
            return false;
    return true;
}

kj_status kj_mail_check_address(const char *text, kj_error *err)
{
    InternetAddressList *list = NULL;
    InternetAddressMailbox *mb = parse_mailbox(text, &list);
    kj_status st = KJ_OK;
    if (!mb)
        st = kj_error_set(err, KJ_ERR_CONFIG, "'%s' is not one e-mail address", text);
    else if (!addr_spec_ok(internet_address_mailbox_get_addr(mb)))
        st = kj_error_set(err, KJ_ERR_CONFIG, "'%s' is not a valid e-mail address (user@domain)",
                          text);
    if (list)
        g_object_unref(list);
    return st;
}

char *kj_mail_addr_spec(const char *text)
{
    InternetAddressList *list = NULL;
    InternetAddressMailbox *mb = parse_mailbox(text, &list);
    char *spec = NULL;
    if (mb && addr_spec_ok(internet_address_mailbox_get_addr(mb)))
        spec = kj_xstrdup(internet_address_mailbox_get_addr(mb));
    if (list)
        g_object_unref(list);
    return spec;
}

static kj_status add_addresses(GMimeMessage *message, GMimeAddressType type,
                               const char *const *texts, size_t n, kj_error *err)
{
    InternetAddressList *dest = g_mime_message_get_addresses(message, type);
    for (size_t i = 0; i < n; i++) {
        InternetAddressList *list = NULL;
        InternetAddressMailbox *mb = parse_mailbox(texts[i], &list);
        if (!mb || !addr_spec_ok(internet_address_mailbox_get_addr(mb))) {
            if (list)
                g_object_unref(list);
            return kj_error_set(err, KJ_ERR_CONFIG, "'%s' is not one e-mail address", texts[i]);
        }
        internet_address_list_append(dest, list);
        g_object_unref(list);
    }
    return KJ_OK;
}

static GMimeObject *text_part(const char *body)
{
    /* Text is base64-encoded in its canonical form, lines ending in CRLF
     * (RFC 2045 §6.8), whatever the line ends of the wire. */
    GString *canonical = g_string_sized_new(strlen(body) + 64);
    for (const char *p = body; *p; p++) {
        if (*p == '\n' && (p == body || p[-1] != '\r'))
            g_string_append_c(canonical, '\r');
        g_string_append_c(canonical, *p);
    }
    GMimeTextPart *text = g_mime_text_part_new_with_subtype("plain");
    g_mime_text_part_set_text(text, canonical->str);
    g_string_free(canonical, TRUE);
    g_mime_text_part_set_charset(text, "utf-8");
    /* base64 keeps Japanese lines intact through any relay; 8bit would
     * need every hop to announce 8BITMIME. */
    g_mime_part_set_content_encoding(GMIME_PART(text), GMIME_CONTENT_ENCODING_BASE64);
    return GMIME_OBJECT(text);
}

static GMimeObject *attachment_part(const kj_attachment *a)
{
    GMimeContentType *ct = g_mime_content_type_parse(NULL, a->content_type);
    GMimePart *part = g_mime_part_new_with_type(g_mime_content_type_get_media_type(ct),
                                                g_mime_content_type_get_media_subtype(ct));
    g_object_unref(ct);
    g_mime_object_set_disposition(GMIME_OBJECT(part), GMIME_DISPOSITION_ATTACHMENT);
    g_mime_part_set_filename(part, a->filename);
    GMimeStream *stream = g_mime_stream_mem_new_with_buffer((const char *)a->data, a->len);
    GMimeDataWrapper *content =
        g_mime_data_wrapper_new_with_stream(stream, GMIME_CONTENT_ENCODING_DEFAULT);
    g_object_unref(stream);
    g_mime_part_set_content(part, content);
    g_object_unref(content);
    g_mime_part_set_content_encoding(part, GMIME_CONTENT_ENCODING_BASE64);
    return GMIME_OBJECT(part);
}

kj_status kj_message_build(const kj_mail *mail, kj_newline newline, kj_message *msg, kj_error *err)
{
    memset(msg, 0, sizeof *msg);
    pthread_once(&gmime_once, init_gmime);
    kj_status st = KJ_OK;
    GMimeMessage *message = g_mime_message_new(TRUE);
    if ((st = add_addresses(message, GMIME_ADDRESS_TYPE_FROM, &mail->from, 1, err)) ||
        (st = add_addresses(message, GMIME_ADDRESS_TYPE_TO, mail->to, mail->n_to, err)) ||
        (st = add_addresses(message, GMIME_ADDRESS_TYPE_CC, mail->cc, mail->n_cc, err))) {
        g_object_unref(message);
        return st;
    }
    g_mime_message_set_subject(message, mail->subject, "utf-8");

    GDateTime *date = g_date_time_new_from_unix_local(mail->date ? mail->date : time(NULL));
    g_mime_message_set_date(message, date);
    g_date_time_unref(date);

    /* The Message-ID's right side is the sender's domain, as RFC 5322 asks. */
    char *sender = kj_mail_addr_spec(mail->from);
    const char *domain = sender ? strrchr(sender, '@') + 1 : "localhost";
    char *id = g_mime_utils_generate_message_id(domain);
    g_mime_message_set_message_id(message, id);
    msg->message_id = kj_xstrdup(id);
    g_free(id);
    free(sender);

    GMimeMultipart *mixed = g_mime_multipart_new_with_subtype("mixed");
    GMimeObject *body = text_part(mail->body);
    g_mime_multipart_add(mixed, body);
    g_object_unref(body);
    for (size_t i = 0; i < mail->n_attachments; i++) {
        GMimeObject *part = attachment_part(&mail->attachments[i]);
        g_mime_multipart_add(mixed, part);
        g_object_unref(part);
    }
    g_mime_message_set_mime_part(message, GMIME_OBJECT(mixed));
    g_object_unref(mixed);

    GMimeFormatOptions *format = g_mime_format_options_new();
    g_mime_format_options_set_newline_format(
        format, newline == KJ_NEWLINE_CRLF ? GMIME_NEWLINE_FORMAT_DOS : GMIME_NEWLINE_FORMAT_UNIX);
    g_mime_format_options_set_param_encoding_method(format, GMIME_PARAM_ENCODING_METHOD_RFC2231);
    GMimeStream *out = g_mime_stream_mem_new();
    ssize_t written = g_mime_object_write_to_stream(GMIME_OBJECT(message), format, out);
    g_mime_format_options_free(format);
    if (written < 0) {
        st = kj_error_set(err, KJ_ERR_SOFTWARE, "cannot format the message");
    } else {
        GByteArray *bytes = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(out));
        msg->len = bytes->len;
        msg->data = kj_xmalloc(bytes->len + 1);
        memcpy(msg->data, bytes->data, bytes->len);
        msg->data[bytes->len] = '\0';
    }
    g_object_unref(out);
    g_object_unref(message);
    if (st != KJ_OK)
        kj_message_free(msg);
    return st;
}

void kj_message_free(kj_message *msg)
{
    free(msg->data);
    free(msg->message_id);
    memset(msg, 0, sizeof *msg);
}

/* Length first, so that ("ab", "c") and ("a", "bc") differ. */
static void checksum_field(GChecksum *sum, const void *data, size_t len)
{
    unsigned char prefix[8];
    for (int i = 0; i < 8; i++)
        prefix[i] = (unsigned char)((uint64_t)len >> (56 - 8 * i));
    g_checksum_update(sum, prefix, sizeof prefix);
    g_checksum_update(sum, data, (gssize)len);
}

char *kj_mail_digest(const kj_mail *mail)
{
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    checksum_field(sum, mail->subject, strlen(mail->subject));
    checksum_field(sum, mail->body, strlen(mail->body));
    for (size_t i = 0; i < mail->n_attachments; i++) {
        const kj_attachment *a = &mail->attachments[i];
        checksum_field(sum, a->filename, strlen(a->filename));
        checksum_field(sum, a->data, a->len);
    }
    const char *hex = g_checksum_get_string(sum);
    size_t n = sizeof "sha256:" + strlen(hex);
    char *digest = kj_xmalloc(n);
    snprintf(digest, n, "sha256:%s", hex);
    g_checksum_free(sum);
    return digest;
}
