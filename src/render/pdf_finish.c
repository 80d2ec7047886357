/*
 * pdf_finish.c — what Cairo 1.16's tag API cannot say, added to the PDF it
 * wrote (see kj_pdf_finish in render_internal.h).
 *
 * Cairo writes a tagged PDF (a structure tree of the tags kaiji opens) but
 * has no word for the document's language, for a figure's alternative text
 * or for asking viewers to show the title rather than the file name.  Its
 * output is plain enough to amend safely: a classic cross-reference table,
 * no object streams, and every structure element and the catalog written
 * as an uncompressed dictionary that starts its object.  The additions go
 * in as new dictionary entries, and the cross-reference table is written
 * again with the shifted offsets.  Anything unexpected leaves the file as
 * Cairo wrote it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <zlib.h>

#include "kaiji/alloc.h"
#include "kaiji/text.h"
#include "render_internal.h"

/* `s` as a PDF text string: UTF-16BE with its byte order mark, in hex. */
static void append_text_string(kj_buf *out, const char *s)
{
    static const char hex[] = "0123456789ABCDEF";
    kj_buf_puts(out, "<FEFF");
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        size_t adv;
        int32_t c = kj_utf8_decode(s + i, len - i, &adv);
        i += adv;
        if (c < 0)
            c = 0xFFFD;
        uint32_t units[2], n = 0;
        if (c >= 0x10000) {
            units[n++] = 0xD800 + (((uint32_t)c - 0x10000) >> 10);
            units[n++] = 0xDC00 + (((uint32_t)c - 0x10000) & 0x3FF);
        } else {
            units[n++] = (uint32_t)c;
        }
        for (uint32_t k = 0; k < n; k++)
            for (int shift = 12; shift >= 0; shift -= 4)
                kj_buf_putc(out, hex[(units[k] >> shift) & 15]);
    }
    kj_buf_putc(out, '>');
}

/* The text at `at` starts with `prefix`. */
static bool at_prefix(const char *pdf, size_t len, size_t at, const char *prefix)
{
    size_t n = strlen(prefix);
    return at + n <= len && memcmp(pdf + at, prefix, n) == 0;
}

/* The offset just past "N 0 obj\n" at `at`, or 0. */
static size_t object_body(const char *pdf, size_t len, size_t at)
{
    size_t i = at;
    while (i < len && i < at + 24 && pdf[i] != '\n')
        i++;
    return i < len && pdf[i] == '\n' && i > at && memcmp(pdf + i - 3, "obj", 3) == 0 ? i + 1 : 0;
}

/* One object of the file: where it is and what it holds. */
typedef struct object {
    size_t start, end;     /* "N 0 obj" .. after "endobj" */
    size_t body, body_end; /* its value, without obj / endobj */
    bool stream;           /* a stream: stays where it is */
    const char *add;       /* the entries to add after its first line, or NULL */
    size_t add_at;         /* where (an offset inside the body) */
} object;

static int by_start(const void *a, const void *b)
{
    const object *x = *(const object *const *)a, *y = *(const object *const *)b;
    return x->start < y->start ? -1 : x->start > y->start;
}

/* The value of object `o` with its additions. */
static void append_body(kj_buf *out, const char *pdf, const object *o)
{
    if (o->add) {
        kj_buf_append(out, pdf + o->body, o->add_at - o->body);
        kj_buf_puts(out, o->add);
        kj_buf_append(out, pdf + o->add_at, o->body_end - o->add_at);
    } else {
        kj_buf_append(out, pdf + o->body, o->body_end - o->body);
    }
}

/*
 * Objects worth packing: the structure elements, the link annotations and
 * the structure's arrays and number trees.  Pages, fonts, the catalog and
 * the document information stay plain, as Cairo wrote them (and as tools
 * that read a PDF's bytes expect them).
 */
static bool packable(const char *pdf, size_t len, const object *o)
{
    return !o->stream &&
           (at_prefix(pdf, len, o->body, "<< /Type /StructElem") ||
            at_prefix(pdf, len, o->body, "<< /Type /Annot") ||
            at_prefix(pdf, len, o->body, "<< /Nums") || at_prefix(pdf, len, o->body, "["));
}

static bool deflate_into(kj_buf *out, const kj_buf *in)
{
    uLongf size = compressBound(in->len);
    kj_buf_reserve(out, size);
    if (compress2((Bytef *)out->data + out->len, &size, (const Bytef *)in->data, in->len,
                  Z_DEFAULT_COMPRESSION) != Z_OK)
        return false;
    out->len += size;
    return true;
}

/* Big-endian field of a cross-reference stream row. */
static void put_field(kj_buf *b, size_t v, int bytes)
{
    for (int k = bytes - 1; k >= 0; k--)
        kj_buf_putc(b, (char)((v >> (8 * k)) & 0xFF));
}

bool kj_pdf_finish(const kj_buf *pdf, const char *lang, const char *const *alts, size_t n_alts,
                   kj_buf *out)
{
    const char *p = pdf->data;
    size_t len = pdf->len;
    /* startxref N at the end, then "xref\n0 COUNT\n" and COUNT 20-byte rows */
    const char *sx = NULL;
    for (size_t i = len > 64 ? len - 64 : 0; i + 9 < len; i++)
        if (memcmp(p + i, "startxref", 9) == 0)
            sx = p + i;
    if (!sx)
        return false;
    size_t xref = strtoul(sx + 10, NULL, 10);
    if (xref >= len || !at_prefix(p, len, xref, "xref\n0 "))
        return false;
    char *end;
    size_t count = strtoul(p + xref + 7, &end, 10);
    size_t rows = (size_t)(end - p) + 1;
    if (*end != '\n' || count < 2 || rows + count * 20 > len)
        return false;
    const char *trailer = p + rows + count * 20;
    const char *root = strstr(trailer, "/Root "), *info = strstr(trailer, "/Info ");
    size_t catalog = root ? strtoul(root + 6, NULL, 10) : 0;
    size_t info_obj = info ? strtoul(info + 6, NULL, 10) : 0;
    if (catalog == 0 || catalog >= count)
        return false;

    object *objs = kj_xcalloc(count, sizeof *objs);
    object **order = kj_xcalloc(count, sizeof *order);
    size_t n_used = 0;
    for (size_t k = 1; k < count; k++) {
        if (at_prefix(p, len, rows + k * 20 + 17, "n")) {
            objs[k].start = strtoul(p + rows + k * 20, NULL, 10);
            order[n_used++] = &objs[k];
        }
    }
    qsort(order, n_used, sizeof *order, by_start);
    bool ok = n_used > 0;
    for (size_t i = 0; ok && i < n_used; i++) {
        object *o = order[i];
        o->end = i + 1 < n_used ? order[i + 1]->start : xref;
        o->body = object_body(p, len, o->start);
        ok = o->body > 0 && o->end > o->body && o->end <= len;
        if (!ok)
            break;
        /* the value ends before "endobj" */
        size_t e = o->end;
        while (e > o->body && (p[e - 1] == '\n' || p[e - 1] == ' ' || p[e - 1] == '\r'))
            e--;
        ok = e >= o->body + 6 && memcmp(p + e - 6, "endobj", 6) == 0;
        o->body_end = e - 6;
        for (size_t k = o->body; ok && k + 9 <= o->body_end && !o->stream; k++)
            o->stream = memcmp(p + k, "endstream", 9) == 0;
    }

    /* The additions: the language on the catalog, the alternative texts on
     * the figures (in the order Cairo numbered their elements, which is the
     * order kaiji opened them). */
    kj_buf *adds = kj_xcalloc(n_alts + 1, sizeof *adds);
    size_t n_adds = 0, alt = 0;
    for (size_t k = 1; ok && k < count; k++) {
        object *o = &objs[k];
        if (!o->body)
            continue;
        if (k == catalog) {
            ok = at_prefix(p, len, o->body, "<< /Type /Catalog\n");
            kj_buf *b = &adds[n_adds++];
            kj_buf_puts(b, "   /Lang ");
            append_text_string(b, lang);
            kj_buf_puts(b, "\n   /ViewerPreferences << /DisplayDocTitle true >>\n");
            o->add = b->data;
            o->add_at = o->body + strlen("<< /Type /Catalog\n");
        } else if (alt < n_alts &&
                   at_prefix(p, len, o->body, "<< /Type /StructElem\n   /S /Figure\n")) {
            kj_buf *b = &adds[n_adds++];
            kj_buf_puts(b, "   /Alt ");
            append_text_string(b, alts[alt++]);
            kj_buf_putc(b, '\n');
            o->add = b->data;
            o->add_at = o->body + strlen("<< /Type /StructElem\n   /S /Figure\n");
        }
    }

    /*
     * Out: the header, the objects that stay as they are, then the
     * structure's objects packed into compressed object streams — the
     * thousands of small dictionaries of a tagged table and the link
     * annotations would otherwise weigh more than the pages — and a
     * compressed cross-reference stream.
     */
    enum { PER_STREAM = 256 };
    size_t n_streams = 0;
    size_t *where = kj_xcalloc(count + n_used / PER_STREAM + 3, sizeof *where); /* offset */
    size_t *in_stream = kj_xcalloc(count, sizeof *in_stream); /* container object, or 0 */
    size_t *index = kj_xcalloc(count, sizeof *index);         /* its index there */
    if (ok) {
        kj_buf_reset(out);
        kj_buf_append(out, p, order[0]->start);
        for (size_t i = 0; i < n_used; i++) {
            object *o = order[i];
            size_t k = (size_t)(o - objs);
            if (packable(p, len, o))
                continue;
            where[k] = out->len;
            kj_buf_printf(out, "%zu 0 obj\n", k);
            append_body(out, p, o);
            kj_buf_puts(out, "\nendobj\n");
        }
        kj_buf offsets = {0}, bodies = {0}, packed = {0};
        size_t k = 1;
        while (ok && k < count) {
            size_t n = 0, container = count + n_streams;
            kj_buf_reset(&offsets);
            kj_buf_reset(&bodies);
            for (; k < count && n < PER_STREAM; k++) {
                object *o = &objs[k];
                if (!o->body || !packable(p, len, o))
                    continue;
                kj_buf_printf(&offsets, "%zu %zu ", k, bodies.len);
                append_body(&bodies, p, o);
                kj_buf_putc(&bodies, '\n');
                in_stream[k] = container;
                index[k] = n++;
            }
            if (n == 0)
                break;
            kj_buf_append(&offsets, bodies.data, bodies.len);
            kj_buf_reset(&packed);
            ok = deflate_into(&packed, &offsets);
            where[container] = out->len;
            kj_buf_printf(out,
                          "%zu 0 obj\n<< /Type /ObjStm\n   /N %zu\n   /First %zu\n"
                          "   /Filter /FlateDecode\n   /Length %zu\n>>\nstream\n",
                          container, n, offsets.len - bodies.len, packed.len);
            kj_buf_append(out, packed.data, packed.len);
            kj_buf_puts(out, "\nendstream\nendobj\n");
            n_streams++;
        }
        /* The cross-reference stream: one row per object, 1 + 4 + 2 bytes. */
        size_t xref_obj = count + n_streams, size = xref_obj + 1;
        kj_buf table = {0};
        kj_buf_reset(&table);
        for (size_t j = 0; j < size; j++) {
            if (j < count && in_stream[j]) {
                put_field(&table, 2, 1);
                put_field(&table, in_stream[j], 4);
                put_field(&table, index[j], 2);
            } else if (j == 0 || (j < count && !objs[j].body)) {
                put_field(&table, 0, 1);
                put_field(&table, 0, 4);
                put_field(&table, j == 0 ? 0xFFFF : 0, 2);
            } else {
                put_field(&table, 1, 1);
                put_field(&table, j == xref_obj ? out->len : where[j], 4);
                put_field(&table, 0, 2);
            }
        }
        kj_buf_reset(&packed);
        ok = ok && deflate_into(&packed, &table);
        size_t xref_at = out->len;
        kj_buf_printf(out,
                      "%zu 0 obj\n<< /Type /XRef\n   /Size %zu\n   /W [1 4 2]\n   /Root %zu 0 R\n",
                      xref_obj, size, catalog);
        if (info_obj)
            kj_buf_printf(out, "   /Info %zu 0 R\n", info_obj);
        kj_buf_printf(out, "   /Filter /FlateDecode\n   /Length %zu\n>>\nstream\n", packed.len);
        kj_buf_append(out, packed.data, packed.len);
        kj_buf_printf(out, "\nendstream\nendobj\nstartxref\n%zu\n%%%%EOF\n", xref_at);
        kj_buf_free(&table);
        kj_buf_free(&offsets);
        kj_buf_free(&bodies);
        kj_buf_free(&packed);
    }
    for (size_t i = 0; i < n_adds; i++)
        kj_buf_free(&adds[i]);
    free(adds);
    free(where);
    free(in_stream);
    free(index);
    free(order);
    free(objs);
    return ok;
}
