/*
 * record.c — one release as a schema record (JSON object).
 *
 * Key order follows SCHEMA.md so that a record reads like the schema; extra
 * keys (title, source_url, links, events, evidence, incident) follow.
 */
#include "kaiji/export.h"

static json_t *date_or_null(kj_date d)
{
    char buf[11];
    return kj_date_is_set(d) ? json_string(kj_date_format(d, buf)) : json_null();
}

static json_t *count_or_null(int64_t n)
{
    return n == KJ_COUNT_NONE ? json_null() : json_integer((json_int_t)n);
}

static json_t *string_or_null(const char *s)
{
    return s ? json_string(s) : json_null();
}

static json_t *set_array(kj_vocab vocab, kj_set set)
{
    json_t *arr = json_array();
    for (int v = 0; v < kj_vocab_size(vocab); v++)
        if (KJ_SET_HAS(set, v))
            json_array_append_new(arr, json_string(kj_vocab_name(vocab, v)));
    return arr;
}

static json_t *evidence_object(const kj_release *rel)
{
    json_t *obj = json_object();
    for (size_t i = 0; i < rel->n_evidence; i++) {
        const kj_evidence *e = &rel->evidence[i];
        const char *key = kj_field_name(e->field);
        json_t *list = json_object_get(obj, key);
        if (!list) {
            list = json_array();
            json_object_set_new(obj, key, list);
        }
        json_t *item = json_object();
        json_object_set_new(item, "value", json_string(e->value));
        json_object_set_new(item, "sentence", json_string(e->text));
        json_object_set_new(item, "section", json_string(e->section));
        json_array_append_new(list, item);
    }
    return obj;
}

json_t *kj_release_to_json(const kj_release *rel, const char *incident)
{
    json_t *o = json_object();
    const kj_overview *ov = &rel->overview;
    json_object_set_new(o, "path", json_string(rel->path));
    json_object_set_new(o, "published", date_or_null(rel->published));
    json_t *orgs = json_array();
    for (size_t i = 0; i < ov->n_organizations; i++)
        json_array_append_new(orgs, json_string(ov->organizations[i]));
    json_object_set_new(o, "organizations", orgs);
    json_t *report = json_object();
    json_object_set_new(report, "number",
                        rel->report.number > 0 ? json_integer(rel->report.number) : json_null());
    json_object_set_new(report, "final", json_boolean(rel->report.final));
    json_object_set_new(o, "report", report);
    json_object_set_new(o, "attack_types", set_array(KJ_VOCAB_ATTACK, rel->attack_types));
    json_object_set_new(o, "third_party", json_boolean(rel->third_party));
    json_object_set_new(o, "leak_status",
                        json_string(kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status)));
    json_object_set_new(o, "affected_persons", count_or_null(rel->affected_persons));
    json_object_set_new(o, "affected_persons_confirmed",
                        count_or_null(rel->affected_persons_confirmed));
    json_object_set_new(o, "affected_organizations", count_or_null(rel->affected_organizations));
    json_object_set_new(o, "victim_categories", set_array(KJ_VOCAB_VICTIM, rel->victim_categories));
    json_object_set_new(o, "data_types", set_array(KJ_VOCAB_DATA, rel->data_types));
    json_object_set_new(o, "data_types_excluded",
                        set_array(KJ_VOCAB_DATA, rel->data_types_excluded));
    json_object_set_new(o, "occurred", date_or_null(rel->occurred));
    json_object_set_new(o, "detected", date_or_null(rel->detected));
    json_object_set_new(o, "reported_to", set_array(KJ_VOCAB_AUTHORITY, rel->reported_to));

    json_object_set_new(o, "title", string_or_null(ov->title));
    json_object_set_new(o, "source_url", string_or_null(ov->source_url));
    json_t *links = json_array();
    for (size_t i = 0; i < ov->n_links; i++) {
        json_t *l = json_object();
        json_object_set_new(l, "label", json_string(ov->links[i].label));
        json_object_set_new(l, "url", json_string(ov->links[i].url));
        json_object_set_new(l, "path", string_or_null(ov->links[i].archive_path));
        json_array_append_new(links, l);
    }
    json_object_set_new(o, "links", links);
    if (incident)
        json_object_set_new(o, "incident", json_string(incident));
    json_t *events = json_array();
    for (size_t i = 0; i < rel->n_events; i++) {
        json_t *e = json_object();
        json_object_set_new(e, "date", date_or_null(rel->events[i].date));
        json_object_set_new(e, "kind", json_string(kj_event_kind_name(rel->events[i].kind)));
        json_object_set_new(e, "evidence", json_string(rel->events[i].evidence));
        json_array_append_new(events, e);
    }
    json_object_set_new(o, "events", events);
    json_object_set_new(o, "evidence", evidence_object(rel));
    return o;
}
