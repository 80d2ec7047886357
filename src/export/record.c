/*
 * record.c — one release as a schema record.
 *
 * The record is written once, by kj_release_write_json(), straight into a
 * buffer; kj_release_to_json() hands the same text to jansson for callers
 * that want a tree.  Key order follows SCHEMA.md so that a record reads
 * like the schema; extra keys (title, source_url, links, incident, events,
 * evidence) follow.
 */
#include <string.h>

#include "export_internal.h"
#include "json_writer.h"
#include "kaiji/export.h"

static void date_or_null(json_writer *w, kj_date d)
{
    char buf[11];
    if (kj_date_is_set(d))
        kj_jw_string(w, kj_date_format(d, buf));
    else
        kj_jw_null(w);
}

static void string_or_null(json_writer *w, const char *s)
{
    if (s)
        kj_jw_string(w, s);
    else
        kj_jw_null(w);
}

static void count_or_null(json_writer *w, int64_t n)
{
    if (n == KJ_COUNT_NONE)
        kj_jw_null(w);
    else
        kj_jw_int(w, n);
}

static void set_array(json_writer *w, kj_vocab vocab, kj_set set)
{
    kj_jw_array_begin(w);
    for (int v = 0; v < kj_vocab_size(vocab); v++)
        if (KJ_SET_HAS(set, v))
            kj_jw_string(w, kj_vocab_name(vocab, v));
    kj_jw_array_end(w);
}

/* evidence: {"field": [{"value", "sentence", "section"}, ...], ...} in field order */
static void evidence_object(json_writer *w, const kj_release *rel)
{
    kj_jw_object_begin(w);
    for (int f = 0; f < KJ_FIELD__COUNT; f++) {
        bool open = false;
        for (size_t i = 0; i < rel->n_evidence; i++) {
            const kj_evidence *e = &rel->evidence[i];
            if ((int)e->field != f)
                continue;
            if (!open) {
                kj_jw_key(w, kj_field_name((kj_field)f));
                kj_jw_array_begin(w);
                open = true;
            }
            kj_jw_object_begin(w);
            kj_jw_key(w, "value");
            kj_jw_string(w, e->value);
            kj_jw_key(w, "sentence");
            kj_jw_string(w, e->text);
            kj_jw_key(w, "section");
            kj_jw_string(w, e->section);
            kj_jw_object_end(w);
        }
        if (open)
            kj_jw_array_end(w);
    }
    kj_jw_object_end(w);
}

void kj_write_grouping_json(kj_buf *out, const kj_release *rel, const kj_record_grouping *grouping)
{
    if (grouping && grouping->incident) {
        kj_buf_puts(out, ",\"incident\":\"");
        kj_jw_escape(out, grouping->incident);
        kj_buf_puts(out, "\",\"wave\":");
        if (grouping->wave) {
            kj_buf_putc(out, '"');
            kj_jw_escape(out, grouping->wave);
            kj_buf_putc(out, '"');
        } else {
            kj_buf_puts(out, "null");
        }
        kj_buf_puts(out, grouping->knock_on ? ",\"knock_on\":true" : ",\"knock_on\":false");
    }
    const char *scope = kj_scope_name(grouping ? grouping->figure_scope : rel->figure_scope);
    kj_buf_puts(out, ",\"figure_scope\":");
    if (scope) {
        kj_buf_putc(out, '"');
        kj_buf_puts(out, scope);
        kj_buf_putc(out, '"');
    } else {
        kj_buf_puts(out, "null");
    }
}

void kj_write_listed_json(kj_buf *out, const kj_release *rel, const kj_listed *listed)
{
    kj_buf_puts(out, ",\"listed\":");
    json_writer jw, *w = &jw;
    kj_jw_init(w, out);
    kj_jw_array_begin(w);
    for (size_t o = 0; o < rel->overview.n_organizations; o++) {
        const kj_listed_entry *e = kj_listed_match(listed, rel->overview.organizations[o]);
        if (!e)
            continue;
        kj_jw_object_begin(w);
        kj_jw_key(w, "organization");
        kj_jw_string(w, rel->overview.organizations[o]);
        kj_jw_key(w, "code");
        kj_jw_string(w, e->code);
        kj_jw_key(w, "name");
        kj_jw_string(w, e->name);
        kj_jw_key(w, "market");
        kj_jw_string(w, e->market);
        kj_jw_key(w, "industry");
        string_or_null(w, kj_listed_industry(e));
        kj_jw_key(w, "industry17");
        string_or_null(w, strcmp(e->industry17, "-") ? e->industry17 : NULL);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
}

void kj_record_grouping_of(const kj_incident_set *set, size_t index, kj_record_grouping *out)
{
    const kj_wave *wave = kj_wave_of(set, index);
    out->incident = kj_incident_of(set, index)->id;
    out->wave = wave ? wave->id : NULL;
    out->knock_on = set->knock_on && set->knock_on[index];
    out->figure_scope = set->scope_of ? set->scope_of[index] : set->releases[index]->figure_scope;
}

size_t kj_release_write_json(kj_buf *out, const kj_release *rel, const kj_record_grouping *grouping,
                             bool grouping_later, bool with_evidence)
{
    json_writer jw, *w = &jw;
    kj_jw_init(w, out);
    const kj_overview *ov = &rel->overview;
    kj_jw_object_begin(w);
    kj_jw_key(w, "path");
    kj_jw_string(w, rel->path);
    kj_jw_key(w, "published");
    date_or_null(w, kj_release_schema_date(rel));
    kj_jw_key(w, "organizations");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < ov->n_organizations; i++)
        kj_jw_string(w, ov->organizations[i]);
    kj_jw_array_end(w);
    kj_jw_key(w, "report");
    kj_jw_object_begin(w);
    kj_jw_key(w, "number");
    if (rel->report.number > 0)
        kj_jw_int(w, rel->report.number);
    else
        kj_jw_null(w);
    kj_jw_key(w, "final");
    kj_jw_bool(w, rel->report.final);
    kj_jw_object_end(w);
    kj_jw_key(w, "attack_types");
    set_array(w, KJ_VOCAB_ATTACK, rel->attack_types);
    kj_jw_key(w, "third_party");
    kj_jw_bool(w, rel->third_party);
    kj_jw_key(w, "leak_status");
    kj_jw_string(w, kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status));
    kj_jw_key(w, "affected_persons");
    count_or_null(w, rel->affected_persons);
    kj_jw_key(w, "affected_persons_confirmed");
    count_or_null(w, rel->affected_persons_confirmed);
    kj_jw_key(w, "affected_organizations");
    count_or_null(w, rel->affected_organizations);
    kj_jw_key(w, "victim_categories");
    set_array(w, KJ_VOCAB_VICTIM, rel->victim_categories);
    kj_jw_key(w, "data_types");
    set_array(w, KJ_VOCAB_DATA, rel->data_types);
    kj_jw_key(w, "data_types_excluded");
    set_array(w, KJ_VOCAB_DATA, rel->data_types_excluded);
    kj_jw_key(w, "occurred");
    date_or_null(w, rel->occurred);
    kj_jw_key(w, "detected");
    date_or_null(w, rel->detected);
    kj_jw_key(w, "reported_to");
    set_array(w, KJ_VOCAB_AUTHORITY, rel->reported_to);
    kj_jw_key(w, "affected_unit");
    string_or_null(w, kj_affected_unit_name(rel->affected_unit));
    kj_jw_key(w, "origin");
    string_or_null(w, rel->origin);

    kj_jw_key(w, "title");
    kj_jw_string(w, ov->title);
    kj_jw_key(w, "source_url");
    kj_jw_string(w, ov->source_url);
    kj_jw_key(w, "links");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < ov->n_links; i++) {
        kj_jw_object_begin(w);
        kj_jw_key(w, "label");
        kj_jw_string(w, ov->links[i].label);
        kj_jw_key(w, "url");
        kj_jw_string(w, ov->links[i].url);
        kj_jw_key(w, "path");
        kj_jw_string(w, ov->links[i].archive_path);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
    size_t grouping_at = out->len; /* keys learnt later go here, each after a comma */
    if (!grouping_later)
        kj_write_grouping_json(out, rel, grouping);
    kj_jw_key(w, "events");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < rel->n_events; i++) {
        kj_jw_object_begin(w);
        kj_jw_key(w, "date");
        date_or_null(w, rel->events[i].date);
        kj_jw_key(w, "kind");
        kj_jw_string(w, kj_event_kind_name(rel->events[i].kind));
        kj_jw_key(w, "evidence");
        kj_jw_string(w, rel->events[i].evidence);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
    if (with_evidence) {
        kj_jw_key(w, "evidence");
        evidence_object(w, rel);
    }
    kj_jw_object_end(w);
    return grouping_at;
}

json_t *kj_release_to_json(const kj_release *rel, const kj_record_grouping *grouping)
{
    kj_buf buf = {0};
    kj_release_write_json(&buf, rel, grouping, false, true);
    json_error_t error;
    json_t *obj = json_loadb(buf.data, buf.len, 0, &error);
    kj_buf_free(&buf);
    return obj;
}
