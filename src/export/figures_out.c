/*
 * figures_out.c — the figures of a period as JSON (for the renderer and the
 * mailer) and as a CSV table (for spreadsheets).
 *
 * The JSON shape is documented in docs/stats-json.md; keys are always
 * present (null or empty when unknown) so consumers can rely on them.
 */
#include <string.h>

#include <stdio.h>

#include "export_internal.h"
#include "json_writer.h"
#include "kaiji/export.h"

/* Key-value helpers: the figures have many small fields. */
static void kv_int(json_writer *w, const char *key, int64_t v)
{
    kj_jw_key(w, key);
    kj_jw_int(w, v);
}

static void kv_str(json_writer *w, const char *key, const char *s)
{
    kj_jw_key(w, key);
    kj_jw_string(w, s);
}

static void kv_bool(json_writer *w, const char *key, bool v)
{
    kj_jw_key(w, key);
    kj_jw_bool(w, v);
}

static void kv_date(json_writer *w, const char *key, kj_date d)
{
    char buf[11];
    kj_jw_key(w, key);
    kj_jw_string(w, kj_date_is_set(d) ? kj_date_format(d, buf) : NULL);
}

/* A stated count, or null. */
static void kv_count(json_writer *w, const char *key, int64_t n)
{
    kj_jw_key(w, key);
    if (n == KJ_COUNT_NONE)
        kj_jw_null(w);
    else
        kj_jw_int(w, n);
}

static void kv_lag(json_writer *w, const char *key, int32_t days)
{
    kj_jw_key(w, key);
    if (days == KJ_LAG_NONE)
        kj_jw_null(w);
    else
        kj_jw_int(w, days);
}

static void kv_set(json_writer *w, const char *key, kj_vocab vocab, kj_set set)
{
    kj_jw_key(w, key);
    kj_jw_array_begin(w);
    for (int v = 0; v < kj_vocab_size(vocab); v++)
        if (KJ_SET_HAS(set, v))
            kj_jw_string(w, kj_vocab_name(vocab, v));
    kj_jw_array_end(w);
}

static void kv_org_types(json_writer *w, const char *key, kj_set set)
{
    kj_jw_key(w, key);
    kj_jw_array_begin(w);
    for (int t = 0; t < KJ_ORG__COUNT; t++)
        if (KJ_SET_HAS(set, t))
            kj_jw_string(w, kj_org_type_name((kj_org_type)t));
    kj_jw_array_end(w);
}

static void kv_report(json_writer *w, int number, bool final)
{
    kj_jw_key(w, "report");
    kj_jw_object_begin(w);
    kv_count(w, "number", number > 0 ? number : KJ_COUNT_NONE);
    kv_bool(w, "final", final);
    kj_jw_object_end(w);
}

static void kv_period(json_writer *w, const char *key, kj_period p)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    kv_date(w, "from", p.from);
    kv_date(w, "to", p.to);
    kj_jw_object_end(w);
}

static void kv_units(json_writer *w, const char *key, kj_count c)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    kv_int(w, "releases", c.releases);
    kv_int(w, "incidents", c.incidents);
    kj_jw_object_end(w);
}

static void write_affected(json_writer *w, const char *key, const kj_affected_sum *a)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    /* people (人), records (件) and accounts apart: never one sum */
    kv_int(w, "persons", a->figure[KJ_AFFECTED_PERSONS]);
    kv_int(w, "confirmed", a->confirmed[KJ_AFFECTED_PERSONS]);
    kv_int(w, "possible", a->possible[KJ_AFFECTED_PERSONS]);
    kv_int(w, "records", a->figure[KJ_AFFECTED_RECORDS]);
    kv_int(w, "records_confirmed", a->confirmed[KJ_AFFECTED_RECORDS]);
    kv_int(w, "records_possible", a->possible[KJ_AFFECTED_RECORDS]);
    kv_int(w, "accounts", a->figure[KJ_AFFECTED_ACCOUNTS]);
    kv_int(w, "organizations", a->organizations);
    kv_int(w, "stating", a->stating);
    kv_int(w, "origin_totals", a->origin_totals);
    kv_int(w, "quoting_origin_total", a->quoting_origin_total);
    kv_int(w, "part_of_origin_total", a->part_of_origin_total);
    kj_jw_object_end(w);
}

static void write_lag(json_writer *w, const char *key, const kj_lag_stats *s)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    kv_int(w, "n", s->n);
    kj_jw_key(w, "median");
    kj_jw_double(w, s->median);
    kj_jw_key(w, "p90");
    kj_jw_double(w, s->p90);
    kv_int(w, "max", s->max);
    kj_jw_object_end(w);
}

static void write_totals(json_writer *w, const char *key, const kj_totals *t)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    kv_int(w, "releases", t->count.releases);
    kv_int(w, "incidents", t->count.incidents);
    kv_int(w, "new_incidents", t->new_incidents);
    kv_int(w, "continuing_incidents", t->continuing_incidents);
    kv_int(w, "organizations", t->organizations);
    kv_units(w, "third_party", t->third_party);
    kv_units(w, "knock_on", t->knock_on);
    kv_int(w, "waves", t->waves);
    kv_int(w, "ransomware_incidents", t->ransomware_incidents);
    kv_int(w, "ransomware_attacks", t->ransomware_attacks);
    kv_units(w, "listed", t->listed);
    kv_units(w, "watch", t->watch);
    kj_jw_key(w, "affected");
    kj_jw_object_begin(w);
    write_affected(w, "release", &t->affected[KJ_UNIT_RELEASE]);
    write_affected(w, "incident", &t->affected[KJ_UNIT_INCIDENT]);
    kj_jw_object_end(w);
    kj_jw_key(w, "lag");
    kj_jw_object_begin(w);
    kj_jw_key(w, "occurred");
    kj_jw_object_begin(w);
    write_lag(w, "release", &t->lag_occurred[KJ_UNIT_RELEASE]);
    write_lag(w, "incident", &t->lag_occurred[KJ_UNIT_INCIDENT]);
    kj_jw_object_end(w);
    kj_jw_key(w, "detected");
    kj_jw_object_begin(w);
    write_lag(w, "release", &t->lag_detected[KJ_UNIT_RELEASE]);
    write_lag(w, "incident", &t->lag_detected[KJ_UNIT_INCIDENT]);
    kj_jw_object_end(w);
    kj_jw_object_end(w);
    kj_jw_object_end(w);
}

/* The difference now − previous of the headline counts. */
static void write_change(json_writer *w, const kj_totals *now, const kj_totals *prev)
{
    kj_jw_key(w, "change");
    kj_jw_object_begin(w);
    kv_int(w, "releases", now->count.releases - prev->count.releases);
    kv_int(w, "incidents", now->count.incidents - prev->count.incidents);
    kv_int(w, "new_incidents", now->new_incidents - prev->new_incidents);
    kv_int(w, "organizations", now->organizations - prev->organizations);
    kj_jw_key(w, "affected_persons");
    kj_jw_object_begin(w);
    kv_int(w, "release",
           now->affected[KJ_UNIT_RELEASE].figure[KJ_AFFECTED_PERSONS] -
               prev->affected[KJ_UNIT_RELEASE].figure[KJ_AFFECTED_PERSONS]);
    kv_int(w, "incident",
           now->affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS] -
               prev->affected[KJ_UNIT_INCIDENT].figure[KJ_AFFECTED_PERSONS]);
    kj_jw_object_end(w);
    kj_jw_object_end(w);
}

static void write_row(json_writer *w, const kj_row *r)
{
    kj_jw_object_begin(w);
    kv_str(w, "key", r->key);
    kv_str(w, "label", r->label ? r->label : r->key);
    kv_int(w, "releases", r->count.releases);
    kv_int(w, "incidents", r->count.incidents);
    kv_units(w, "previous", r->previous);
    kj_jw_object_end(w);
}

/* A listed issue, or null. */
static void kv_listed(json_writer *w, const char *key, const kj_listed_entry *e)
{
    kj_jw_key(w, key);
    if (!e) {
        kj_jw_null(w);
        return;
    }
    kj_jw_object_begin(w);
    kv_str(w, "code", e->code);
    kv_str(w, "name", e->name);
    kv_str(w, "market", e->market);
    kv_str(w, "industry", kj_listed_industry(e));
    kv_str(w, "industry17", strcmp(e->industry17, "-") ? e->industry17 : NULL);
    kv_str(w, "size", strcmp(e->size, "-") ? e->size : NULL);
    kj_jw_object_end(w);
}

static void write_facts(json_writer *w, const kj_incident_facts *f)
{
    kv_date(w, "first_published", f->first_published);
    kv_date(w, "first_notice", f->first_notice);
    kv_bool(w, "first_notice_cited", f->first_notice_cited);
    kv_date(w, "last_published", f->last_published);
    kv_int(w, "n_releases", (int64_t)f->n_releases);
    kv_report(w, f->report.number, f->report.final);
    kv_set(w, "attack_types", KJ_VOCAB_ATTACK, f->attack_types);
    kv_bool(w, "third_party", f->third_party);
    kv_str(w, "leak_status", kj_vocab_name(KJ_VOCAB_LEAK, (int)f->leak_status));
    kv_count(w, "affected_persons", f->affected_persons);
    kv_count(w, "affected_persons_confirmed", f->affected_persons_confirmed);
    kv_count(w, "affected_persons_possible", f->affected_persons_possible);
    kv_count(w, "affected_organizations", f->affected_organizations);
    kv_str(w, "affected_unit", kj_affected_unit_name(f->affected_unit));
    kv_str(w, "figure_scope", kj_scope_name(f->figure_scope));
    kv_str(w, "size_band", kj_size_band_name(f->size_band));
    kv_set(w, "victim_categories", KJ_VOCAB_VICTIM, f->victim_categories);
    kv_set(w, "data_types", KJ_VOCAB_DATA, f->data_types);
    kv_set(w, "data_types_excluded", KJ_VOCAB_DATA, f->data_types_excluded);
    kv_set(w, "reported_to", KJ_VOCAB_AUTHORITY, f->reported_to);
    kv_date(w, "occurred", f->occurred);
    kv_date(w, "detected", f->detected);
    kv_lag(w, "lag_occurred_days", f->lag_occurred_days);
    kv_lag(w, "lag_detected_days", f->lag_detected_days);
}

static bool by_cutoff(const kj_release *rel, kj_period p)
{
    return kj_date_cmp(rel->published, p.to) <= 0;
}

/* An incident as the period sees it: facts, releases and timeline as known
 * at the period's end. */
static void write_incident(json_writer *w, const kj_incident_view *v, kj_period p,
                           const kj_incident_set *set)
{
    const kj_incident *inc = v->incident;
    kj_jw_object_begin(w);
    kv_str(w, "id", inc->id);
    kv_str(w, "organization", inc->organization);
    kj_jw_key(w, "organizations");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < inc->n_organizations; i++)
        kj_jw_string(w, inc->organizations[i]);
    kj_jw_array_end(w);
    kv_org_types(w, "org_types", inc->org_types);
    kv_str(w, "contractor", inc->contractor);
    kv_str(w, "wave", inc->wave >= 0 ? set->waves[inc->wave].id : NULL);
    kv_bool(w, "knock_on", inc->knock_on);
    kv_bool(w, "joint_notice", inc->joint_notice);
    kv_bool(w, "is_new", v->is_new);
    kv_int(w, "releases_in_period", v->releases_in_period);
    kv_listed(w, "listed", v->listed);
    kv_bool(w, "watch", v->watch);
    write_facts(w, &v->facts);
    kj_jw_key(w, "releases");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < inc->n_members; i++) {
        const kj_incident_member *m = &inc->members[i];
        if (!by_cutoff(m->release, p))
            continue;
        kj_jw_object_begin(w);
        kv_str(w, "path", m->release->path);
        kv_date(w, "published", m->release->published);
        kv_str(w, "title", m->release->overview.title);
        kv_int(w, "chain", m->chain);
        kv_str(w, "joined_by", kj_join_reason_name(m->joined_by));
        kv_bool(w, "in_period", kj_period_contains(p, m->release->published));
        kv_report(w, m->release->report.number, m->release->report.final);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
    kj_jw_key(w, "timeline");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < inc->n_timeline; i++) {
        const kj_timeline_entry *e = &inc->timeline[i];
        if (!by_cutoff(e->release, p))
            continue;
        kj_jw_object_begin(w);
        kv_date(w, "date", e->date);
        kv_str(w, "kind", kj_event_kind_name(e->kind));
        kv_str(w, "label", kj_event_kind_label(e->kind));
        kv_str(w, "text", e->text ? e->text : "");
        kv_str(w, "path", e->release->path);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
    kj_jw_object_end(w);
}

static void write_release(json_writer *w, const kj_release *rel, const kj_incident_set *set,
                          size_t index, const kj_listed_entry *listed)
{
    const kj_incident *inc = kj_incident_of(set, index);
    kj_jw_object_begin(w);
    kv_str(w, "path", rel->path);
    kv_date(w, "published", rel->published);
    kj_jw_key(w, "organizations");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < rel->overview.n_organizations; i++)
        kj_jw_string(w, rel->overview.organizations[i]);
    kj_jw_array_end(w);
    kv_str(w, "title", rel->overview.title);
    kv_str(w, "source_url", rel->overview.source_url);
    kv_str(w, "incident", inc ? inc->id : NULL);
    kv_org_types(w, "org_types", set->org_types_of[index]);
    kv_report(w, rel->report.number, rel->report.final);
    kv_set(w, "attack_types", KJ_VOCAB_ATTACK, rel->attack_types);
    kv_str(w, "leak_status", kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status));
    kv_count(w, "affected_persons", rel->affected_persons);
    kv_count(w, "affected_persons_confirmed", rel->affected_persons_confirmed);
    kv_count(w, "affected_organizations", rel->affected_organizations);
    kv_bool(w, "third_party", rel->third_party);
    kv_set(w, "victim_categories", KJ_VOCAB_VICTIM, rel->victim_categories);
    kv_set(w, "data_types", KJ_VOCAB_DATA, rel->data_types);
    kv_date(w, "occurred", rel->occurred);
    kv_date(w, "detected", rel->detected);
    kv_listed(w, "listed", listed);
    kj_jw_key(w, "watch");
    kj_jw_array_begin(w);
    for (size_t i = 0; i < rel->n_watch_hits; i++) {
        kj_jw_object_begin(w);
        kv_str(w, "name", rel->watch_hits[i].name);
        kv_str(w, "where", kj_watch_where_name(rel->watch_hits[i].where));
        kv_str(w, "sentence", rel->watch_hits[i].sentence);
        kj_jw_object_end(w);
    }
    kj_jw_array_end(w);
    kj_jw_object_end(w);
}

static void write_baseline(json_writer *w, const char *key, const kj_baseline *b)
{
    kj_jw_key(w, key);
    kj_jw_object_begin(w);
    kv_int(w, "months", b->months);
    kj_jw_key(w, "releases");
    kj_jw_double(w, b->releases);
    kj_jw_key(w, "incidents");
    kj_jw_double(w, b->incidents);
    kj_jw_key(w, "ransomware");
    kj_jw_double(w, b->ransomware);
    kj_jw_object_end(w);
}

static void write_trend(json_writer *w, const kj_trend_month *t)
{
    char month[16];
    snprintf(month, sizeof month, "%04d-%02d", (int)t->year, (int)t->month);
    kj_jw_object_begin(w);
    kv_str(w, "month", month);
    kv_date(w, "covered_from", t->covered_from);
    kv_date(w, "covered_to", t->covered_to);
    kv_int(w, "releases", t->count.releases);
    kv_int(w, "incidents", t->count.incidents);
    kv_int(w, "new_incidents", t->new_incidents);
    kv_int(w, "affected_persons", t->affected_persons);
    kv_int(w, "ransomware_attacks", t->ransomware_attacks);
    kj_jw_key(w, "by_attack_type");
    kj_jw_object_begin(w);
    for (int a = 0; a < KJ_ATTACK__COUNT; a++)
        kv_units(w, kj_vocab_name(KJ_VOCAB_ATTACK, a), t->by_attack[a]);
    kv_units(w, "not_stated", t->attack_not_stated);
    kj_jw_object_end(w);
    kj_jw_object_end(w);
}

static void write_figures(kj_buf *out, const kj_figures *f, const kj_incident_set *set,
                          unsigned breakdowns)
{
    const kj_group_options *g = &set->options;
    json_writer w;
    kj_jw_init(&w, out);
    kj_jw_object_begin(&w);
    kv_int(&w, "kaiji_stats", 1); /* version of this shape */
    kv_period(&w, "period", f->period);
    kv_period(&w, "previous_period", f->previous_period);
    kj_jw_key(&w, "grouping");
    kj_jw_object_begin(&w);
    kv_int(&w, "window_days", g->window_days);
    kv_int(&w, "title_window_days", g->title_window_days);
    kj_jw_key(&w, "title_similarity");
    kj_jw_double(&w, g->title_similarity);
    kv_bool(&w, "join_contractors", g->join_contractors);
    kv_int(&w, "contractor_window_days", g->contractor_window_days);
    kj_jw_object_end(&w);
    write_totals(&w, "totals", &f->totals);
    write_totals(&w, "previous", &f->previous);
    write_change(&w, &f->totals, &f->previous);

    kj_jw_key(&w, "breakdowns");
    kj_jw_object_begin(&w);
    for (int b = 0; b < KJ_BY__COUNT; b++) {
        if (breakdowns && !(breakdowns & (1u << b)))
            continue;
        kj_jw_key(&w, kj_by_name((kj_by)b));
        kj_jw_array_begin(&w);
        for (size_t r = 0; r < f->by[b].n_rows; r++)
            write_row(&w, &f->by[b].rows[r]);
        kj_jw_array_end(&w);
    }
    kj_jw_object_end(&w);

    /* The waves with a release in the period, most releases first: one
     * story told by many notices, with its origin's total counted once. */
    kj_jw_key(&w, "waves");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_waves; i++) {
        const kj_wave_view *v = &f->waves[i];
        const kj_wave *wave = v->wave;
        kj_jw_object_begin(&w);
        kv_str(&w, "id", wave->id);
        kv_str(&w, "label", wave->label);
        kv_str(&w, "origin", wave->origin);
        kv_date(&w, "first_published", wave->first);
        kv_date(&w, "last_published", wave->last);
        kv_int(&w, "releases", v->count.releases);
        kv_int(&w, "incidents", v->count.incidents);
        kv_int(&w, "organizations", (int64_t)wave->n_organizations);
        kv_int(&w, "organizations_in_period", v->organizations);
        kv_str(&w, "origin_incident",
               wave->origin_incident >= 0 ? set->items[wave->origin_incident].id : NULL);
        kv_bool(&w, "origin_published", v->origin_published);
        kv_count(&w, "origin_total", wave->origin_total);
        kv_str(&w, "origin_total_unit",
               wave->origin_total == KJ_COUNT_NONE
                   ? NULL
                   : kj_affected_unit_name(wave->origin_total_unit));
        kv_count(&w, "period_origin_total", v->origin_total);
        kv_str(&w, "period_origin_total_unit",
               v->origin_total == KJ_COUNT_NONE ? NULL
                                                : kj_affected_unit_name(v->origin_total_unit));
        kv_bool(&w, "period_origin_total_before", v->origin_total_before);
        kv_bool(&w, "period_origin_total_own", v->origin_total_own);
        kv_set(&w, "attack_types", KJ_VOCAB_ATTACK, v->attack_types);
        kv_str(&w, "leak_status", kj_vocab_name(KJ_VOCAB_LEAK, (int)v->leak_status));
        kv_units(&w, "listed", v->listed);
        kv_units(&w, "watch", v->watch);
        kj_jw_object_end(&w);
    }
    kj_jw_array_end(&w);

    kj_jw_key(&w, "repeat_disclosers");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_repeat_disclosers; i++)
        write_row(&w, f->repeat_disclosers[i]);
    kj_jw_array_end(&w);

    kj_jw_key(&w, "largest_incidents");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_largest; i++)
        kj_jw_string(&w, f->largest[i]->incident->id);
    kj_jw_array_end(&w);

    kj_jw_key(&w, "trend");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_trend; i++)
        write_trend(&w, &f->trend[i]);
    kj_jw_array_end(&w);

    /* The usual level: what a month is compared with besides the month before. */
    kv_period(&w, "coverage", f->coverage);
    kj_jw_key(&w, "baseline");
    kj_jw_object_begin(&w);
    write_baseline(&w, "months_3", &f->baseline[0]);
    write_baseline(&w, "months_12", &f->baseline[1]);
    kj_jw_key(&w, "year_ago");
    if (f->year_ago)
        write_trend(&w, f->year_ago);
    else
        kj_jw_null(&w);
    kj_jw_object_end(&w);

    kj_jw_key(&w, "persons_parts");
    kj_jw_object_begin(&w);
    kv_int(&w, "n", (int64_t)f->n_persons_items);
    kj_jw_key(&w, "largest");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_top_persons; i++) {
        const kj_persons_item *p = &f->top_persons[i];
        kj_jw_object_begin(&w);
        kv_int(&w, "persons", p->persons);
        kv_str(&w, "incident", p->view ? p->view->incident->id : NULL);
        kv_str(&w, "wave", p->wave ? p->wave->id : NULL);
        kj_jw_object_end(&w);
    }
    kj_jw_array_end(&w);
    kj_jw_object_end(&w);

    kj_jw_key(&w, "incidents");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_incidents; i++)
        write_incident(&w, &f->incidents[i], f->period, set);
    kj_jw_array_end(&w);

    kj_jw_key(&w, "releases");
    kj_jw_array_begin(&w);
    for (size_t i = 0; i < f->n_releases; i++)
        write_release(&w, f->releases[i], set, f->release_indexes[i], f->release_listed[i]);
    kj_jw_array_end(&w);
    kj_jw_object_end(&w);
}

kj_status kj_figures_write_json(FILE *out, const kj_figures *f, const kj_incident_set *set,
                                unsigned breakdowns)
{
    kj_buf b = {0};
    write_figures(&b, f, set, breakdowns);
    kj_buf_putc(&b, '\n');
    bool ok = fwrite(b.data, 1, b.len, out) == b.len;
    kj_buf_free(&b);
    return ok ? KJ_OK : KJ_ERR_IO;
}

json_t *kj_figures_to_json(const kj_figures *f, const kj_incident_set *set, unsigned breakdowns)
{
    /* The streaming writer's own text read back, so the two cannot differ. */
    kj_buf b = {0};
    write_figures(&b, f, set, breakdowns);
    json_error_t err;
    json_t *j = json_loadb(b.data, b.len, 0, &err);
    kj_buf_free(&b);
    return j;
}

/* ----------------------------------------------------------------- CSV */

/* A row; for Excel (`excel`) with CRLF and no field that would run as a
 * formula. */
static void csv_row(kj_buf *b, const char *section, const char *key, const char *label,
                    kj_count now, kj_count prev, bool excel)
{
    const char *eol = excel ? "\r\n" : "\n";
    kj_csv_field(b, section, excel);
    kj_buf_putc(b, ',');
    kj_csv_field(b, key, excel);
    kj_buf_putc(b, ',');
    kj_csv_field(b, label ? label : key, excel);
    kj_buf_printf(b, ",%lld,%lld,%lld,%lld%s", (long long)now.releases, (long long)now.incidents,
                  (long long)prev.releases, (long long)prev.incidents, eol);
}

kj_status kj_figures_write_csv(FILE *out, const kj_figures *f, unsigned breakdowns, bool excel)
{
    const char *eol = excel ? "\r\n" : "\n";
    kj_buf b = {0};
    if (excel)
        kj_buf_puts(&b, "\xEF\xBB\xBF");
    kj_buf_printf(&b, "section,key,label,releases,incidents,previous_releases,previous_incidents%s",
                  eol);
    const kj_totals *t = &f->totals, *p = &f->previous;
    csv_row(&b, "total", "count", "件数", t->count, p->count, excel);
    csv_row(&b, "total", "new_incidents", "新規事案", (kj_count){0, t->new_incidents},
            (kj_count){0, p->new_incidents}, excel);
    csv_row(&b, "total", "organizations", "公表組織数",
            (kj_count){t->organizations, t->organizations},
            (kj_count){p->organizations, p->organizations}, excel);
    csv_row(&b, "total", "third_party", "委託先・外部", t->third_party, p->third_party, excel);
    csv_row(&b, "total", "knock_on", "波及公表", t->knock_on, p->knock_on, excel);
    csv_row(&b, "total", "waves", "波及事案", (kj_count){t->waves, t->waves},
            (kj_count){p->waves, p->waves}, excel);
    csv_row(&b, "total", "ransomware_incidents", "ランサムウェア被害の事案",
            (kj_count){0, t->ransomware_incidents}, (kj_count){0, p->ransomware_incidents}, excel);
    csv_row(&b, "total", "ransomware_attacks", "ランサムウェア攻撃",
            (kj_count){t->ransomware_attacks, t->ransomware_attacks},
            (kj_count){p->ransomware_attacks, p->ransomware_attacks}, excel);
    csv_row(&b, "total", "listed", "上場企業", t->listed, p->listed, excel);
    csv_row(&b, "total", "watch", "関係先", t->watch, p->watch, excel);
#define AFFECTED(field, unit)                                                                      \
    (kj_count){t->affected[0].field[unit], t->affected[1].field[unit]},                            \
        (kj_count){p->affected[0].field[unit], p->affected[1].field[unit]}
    csv_row(&b, "total", "affected_persons", "影響人数（人）",
            AFFECTED(figure, KJ_AFFECTED_PERSONS), excel);
    csv_row(&b, "total", "affected_persons_confirmed", "うち流出確認（人）",
            AFFECTED(confirmed, KJ_AFFECTED_PERSONS), excel);
    csv_row(&b, "total", "affected_persons_possible", "うち可能性（人）",
            AFFECTED(possible, KJ_AFFECTED_PERSONS), excel);
    csv_row(&b, "total", "affected_records", "影響件数（件）",
            AFFECTED(figure, KJ_AFFECTED_RECORDS), excel);
    csv_row(&b, "total", "affected_records_confirmed", "うち流出確認（件）",
            AFFECTED(confirmed, KJ_AFFECTED_RECORDS), excel);
    csv_row(&b, "total", "affected_accounts", "影響アカウント数",
            AFFECTED(figure, KJ_AFFECTED_ACCOUNTS), excel);
#undef AFFECTED
    for (int by = 0; by < KJ_BY__COUNT; by++) {
        if (breakdowns && !(breakdowns & (1u << by)))
            continue;
        for (size_t r = 0; r < f->by[by].n_rows; r++) {
            const kj_row *row = &f->by[by].rows[r];
            csv_row(&b, kj_by_name((kj_by)by), row->key, row->label, row->count, row->previous,
                    excel);
        }
    }
    bool ok = fwrite(b.data, 1, b.len, out) == b.len;
    kj_buf_free(&b);
    return ok ? KJ_OK : KJ_ERR_IO;
}

/* ------------------------------------------------------------ appendix */

kj_status kj_appendix_write_csv(FILE *out, const kj_figures *f, const kj_incident_set *set,
                                bool excel)
{
    const char *eol = excel ? "\r\n" : "\n";
    kj_buf b = {0}, cell = {0};
    if (excel)
        kj_buf_puts(&b, "\xEF\xBB\xBF");
    kj_buf_printf(&b,
                  "group,wave,published,organizations,title,attack_types,affected,unit,"
                  "figure_scope,leak_status,listed,watch,incident,source_url,path%s",
                  eol);
    for (size_t g = 0; g < f->n_groups; g++) {
        const kj_release_group *grp = &f->groups[g];
        const char *group =
            grp->wave ? (grp->wave->wave->label ? grp->wave->wave->label : grp->wave->wave->id)
                      : kj_org_type_label((kj_org_type)grp->org_type);
        for (size_t k = 0; k < grp->n; k++) {
            size_t i = grp->releases[k];
            const kj_release *rel = f->releases[i];
            size_t index = f->release_indexes[i];
            const kj_incident *inc = kj_incident_of(set, index);
            char date[11], num[32];
            const char *cells[15];
            size_t n = 0;
            cells[n++] = group;
            cells[n++] = grp->wave ? grp->wave->wave->id : "";
            cells[n++] = kj_date_format(rel->published, date);
            kj_buf_reset(&cell);
            for (size_t o = 0; o < rel->overview.n_organizations; o++)
                kj_buf_printf(&cell, "%s%s", o ? "、" : "", rel->overview.organizations[o]);
            cells[n++] = kj_arena_strdup(f->arena, cell.data ? cell.data : "");
            cells[n++] = rel->overview.title ? rel->overview.title : "";
            kj_buf_reset(&cell);
            for (int a = 0; a < KJ_ATTACK__COUNT; a++)
                if (KJ_SET_HAS(rel->attack_types, a))
                    kj_buf_printf(&cell, "%s%s", cell.len ? "・" : "",
                                  kj_vocab_label(KJ_VOCAB_ATTACK, a));
            cells[n++] = kj_arena_strdup(f->arena, cell.data ? cell.data : "");
            bool figure = rel->affected_persons != KJ_COUNT_NONE;
            snprintf(num, sizeof num, "%lld", (long long)rel->affected_persons);
            cells[n++] = figure ? num : "";
            cells[n++] = figure ? kj_affected_unit_label(rel->affected_unit ? rel->affected_unit
                                                                            : KJ_AFFECTED_PERSONS)
                                : "";
            const char *scope =
                kj_scope_name(set->scope_of ? set->scope_of[index] : rel->figure_scope);
            cells[n++] = scope ? scope : "";
            cells[n++] = kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status);
            const kj_listed_entry *e = f->release_listed ? f->release_listed[i] : NULL;
            const char *industry = e ? kj_listed_industry(e) : NULL;
            cells[n++] = e ? kj_arena_printf(f->arena, "%s %s%s%s", e->code, e->market,
                                             industry ? " " : "", industry ? industry : "")
                           : "";
            kj_buf_reset(&cell);
            for (size_t h = 0; h < rel->n_watch_hits; h++)
                kj_buf_printf(&cell, "%s%s", h ? "、" : "", rel->watch_hits[h].name);
            cells[n++] = kj_arena_strdup(f->arena, cell.data ? cell.data : "");
            cells[n++] = inc ? inc->id : "";
            cells[n++] = rel->overview.source_url ? rel->overview.source_url : "";
            cells[n++] = rel->path;
            for (size_t c = 0; c < n; c++) {
                if (c)
                    kj_buf_putc(&b, ',');
                kj_csv_field(&b, cells[c], excel);
            }
            kj_buf_puts(&b, eol);
        }
    }
    bool ok = fwrite(b.data, 1, b.len, out) == b.len;
    kj_buf_free(&b);
    kj_buf_free(&cell);
    return ok ? KJ_OK : KJ_ERR_IO;
}
