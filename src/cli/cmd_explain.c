/*
 * cmd_explain.c — `kaiji explain`: every fact of a release with the
 * sentence it was read from, so any figure in a briefing can be audited.
 */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "kaiji/text.h"

static void usage(FILE *out)
{
    fprintf(out, "usage: kaiji explain [--field NAME[,NAME...]] [--lexicon FILE] [-j N] [-v]\n"
                 "                     ARCHIVE...\n"
                 "       kaiji explain --print-lexicon\n"
                 "\n"
                 "For each release, prints every schema field with its value and, under\n"
                 "it, the evidence: the (normalised) sentence the value was read from and\n"
                 "the section it stands in; then the dated timeline of events.  ARCHIVE is\n"
                 "a release file, a month or year folder, or an archive root.\n"
                 "\n"
                 "  -f, --field NAMES   only these fields (e.g. affected_persons,occurred)\n"
                 "      --lexicon FILE  extraction words from FILE instead of the built-in\n"
                 "                      lexicon (also $KAIJI_LEXICON)\n"
                 "      --print-lexicon print the built-in lexicon (a start for an edited copy)\n"
                 "  -j, --jobs N        worker threads (default: one per core)\n"
                 "  -v, --verbose       also name files skipped for not matching the layout\n"
                 "  -h, --help          this text\n"
                 "\n"
                 "exit status: 0 success; 65 some files were unusable (named on stderr);\n"
                 "64 usage; 66 no input; 78 the lexicon cannot be used.\n");
}

typedef struct explain_run {
    const char *fields; /* comma list, or NULL for all */
    size_t skipped;
    size_t shown;
} explain_run;

static bool wanted(const explain_run *run, const char *field)
{
    if (!run->fields)
        return true;
    size_t n = strlen(field);
    for (const char *p = run->fields; *p;) {
        const char *end = strchr(p, ',');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && strncmp(p, field, n) == 0)
            return true;
        p += len + (end ? 1 : 0);
    }
    return false;
}

static void set_value(kj_buf *b, kj_vocab vocab, kj_set set)
{
    bool first = true;
    for (int v = 0; v < kj_vocab_size(vocab); v++) {
        if (!KJ_SET_HAS(set, v))
            continue;
        kj_buf_printf(b, "%s%s", first ? "" : ", ", kj_vocab_name(vocab, v));
        first = false;
    }
}

static void count_value(kj_buf *b, int64_t n)
{
    if (n != KJ_COUNT_NONE)
        kj_buf_printf(b, "%lld", (long long)n);
}

static void date_value(kj_buf *b, kj_date d)
{
    char buf[11];
    kj_buf_puts(b, kj_date_format(d, buf));
}

/* The value of `f` as text; "" when the field is empty. */
static void field_value(const kj_release *rel, kj_field f, kj_buf *b)
{
    kj_buf_reset(b);
    switch (f) {
    case KJ_FIELD_PUBLISHED:
        date_value(b, rel->published);
        break;
    case KJ_FIELD_ORGANIZATIONS:
        for (size_t i = 0; i < rel->overview.n_organizations; i++)
            kj_buf_printf(b, "%s%s", i ? ", " : "", rel->overview.organizations[i]);
        break;
    case KJ_FIELD_REPORT:
        if (rel->report.number)
            kj_buf_printf(b, "第%d報", rel->report.number);
        if (rel->report.final)
            kj_buf_printf(b, "%sfinal", rel->report.number ? ", " : "");
        break;
    case KJ_FIELD_ATTACK_TYPES:
        set_value(b, KJ_VOCAB_ATTACK, rel->attack_types);
        break;
    case KJ_FIELD_THIRD_PARTY:
        if (rel->third_party)
            kj_buf_puts(b, "true");
        break;
    case KJ_FIELD_LEAK_STATUS:
        if (rel->leak_status != KJ_LEAK_UNKNOWN)
            kj_buf_puts(b, kj_vocab_name(KJ_VOCAB_LEAK, (int)rel->leak_status));
        break;
    case KJ_FIELD_AFFECTED_PERSONS:
        count_value(b, rel->affected_persons);
        /* the qualifiers the pages print with it, named: 「193118 (最大・延べ)」,
         * 「31500 (暫定)」, 「457518 (人数と件数の合計)」 */
        if (rel->affected_persons != KJ_COUNT_NONE && rel->affected_qualifiers) {
            unsigned q = rel->affected_qualifiers;
            const char *words = kj_figure_qualifier_words(q);
            bool mixed = (q & KJ_FIGURE_MIXED_UNITS) != 0;
            kj_buf_printf(b, " (%s%s%s)", words, *words && mixed ? "・" : "",
                          mixed ? "人数と件数の合計" : "");
        }
        break;
    case KJ_FIELD_AFFECTED_PERSONS_CONFIRMED:
        count_value(b, rel->affected_persons_confirmed);
        break;
    case KJ_FIELD_AFFECTED_ORGANIZATIONS:
        count_value(b, rel->affected_organizations);
        break;
    case KJ_FIELD_VICTIM_CATEGORIES:
        set_value(b, KJ_VOCAB_VICTIM, rel->victim_categories);
        break;
    case KJ_FIELD_DATA_TYPES:
        set_value(b, KJ_VOCAB_DATA, rel->data_types);
        break;
    case KJ_FIELD_DATA_TYPES_EXCLUDED:
        set_value(b, KJ_VOCAB_DATA, rel->data_types_excluded);
        break;
    case KJ_FIELD_OCCURRED:
        date_value(b, rel->occurred);
        break;
    case KJ_FIELD_DETECTED:
        date_value(b, rel->detected);
        break;
    case KJ_FIELD_REPORTED_TO:
        set_value(b, KJ_VOCAB_AUTHORITY, rel->reported_to);
        break;
    case KJ_FIELD_AFFECTED_UNIT:
        if (rel->affected_unit != KJ_AFFECTED_NONE)
            kj_buf_puts(b, kj_affected_unit_name(rel->affected_unit));
        break;
    case KJ_FIELD_FIGURE_SCOPE:
        if (rel->figure_scope != KJ_SCOPE_NONE)
            kj_buf_puts(b, kj_scope_name(rel->figure_scope));
        break;
    case KJ_FIELD_ORIGIN:
        if (rel->origin)
            kj_buf_puts(b, rel->origin);
        break;
    default:
        break;
    }
}

/* Empty fields print as what they mean, so nothing looks missing. */
static const char *empty_value(kj_field f)
{
    switch (f) {
    case KJ_FIELD_THIRD_PARTY:
        return "false (own systems, or not stated)";
    case KJ_FIELD_LEAK_STATUS:
        return "unknown (no statement on a leak found)";
    case KJ_FIELD_AFFECTED_PERSONS:
    case KJ_FIELD_AFFECTED_PERSONS_CONFIRMED:
    case KJ_FIELD_AFFECTED_ORGANIZATIONS:
    case KJ_FIELD_AFFECTED_UNIT:
    case KJ_FIELD_FIGURE_SCOPE:
    case KJ_FIELD_OCCURRED:
    case KJ_FIELD_DETECTED:
        return "— (not stated)";
    case KJ_FIELD_REPORT:
        return "— (not numbered, not final)";
    case KJ_FIELD_ORIGIN:
        return "— (not a third party's, or not named)";
    default:
        return "— (none stated)";
    }
}

static void print_evidence(const char *value, const char *text, const char *section,
                           bool show_value)
{
    if (show_value)
        printf("    %s ← 「%s」", value, text);
    else
        printf("    ← 「%s」", text);
    if (section && *section)
        printf("  [%s]", section);
    putchar('\n');
}

static void explain_release(const explain_run *run, const kj_release *rel)
{
    printf("== %s\n", rel->path);
    if (rel->overview.title)
        printf("   %s\n", rel->overview.title);
    kj_buf value = {0};
    for (int f = 0; f < KJ_FIELD__COUNT; f++) {
        const char *name = kj_field_name((kj_field)f);
        if (!wanted(run, name))
            continue;
        field_value(rel, (kj_field)f, &value);
        bool empty = value.len == 0;
        printf("%-27s %s\n", name, empty ? empty_value((kj_field)f) : value.data);
        if (f == KJ_FIELD_PUBLISHED && rel->overview.date_text)
            print_evidence("", rel->overview.date_text, "公表概要", false);
        if (f == KJ_FIELD_ORGANIZATIONS && rel->overview.org_text)
            print_evidence("", rel->overview.org_text, "公表概要", false);
        bool sets = f == KJ_FIELD_ATTACK_TYPES || f == KJ_FIELD_VICTIM_CATEGORIES ||
                    f == KJ_FIELD_DATA_TYPES || f == KJ_FIELD_DATA_TYPES_EXCLUDED ||
                    f == KJ_FIELD_REPORTED_TO;
        for (size_t i = 0; i < rel->n_evidence; i++) {
            const kj_evidence *e = &rel->evidence[i];
            if ((int)e->field == f)
                print_evidence(e->value, e->text, e->section, sets);
        }
    }
    if (wanted(run, "events")) {
        printf("%-27s %s\n", "events", rel->n_events ? "" : "— (no dated events)");
        for (size_t i = 0; i < rel->n_events; i++) {
            char buf[11];
            printf("    %-10s %-9s 「%s」\n", kj_date_format(rel->events[i].date, buf),
                   kj_event_kind_name(rel->events[i].kind), rel->events[i].evidence);
        }
    }
    putchar('\n');
    kj_buf_free(&value);
}

static int explain_one(kj_release *rel, void *arg)
{
    explain_run *run = arg;
    if (cli_print_diags(rel))
        run->skipped++;
    else {
        explain_release(run, rel);
        run->shown++;
    }
    kj_release_free(rel);
    return 0;
}

int cmd_explain(int argc, char **argv)
{
    static const struct option longopts[] = {{"field", required_argument, NULL, 'f'},
                                             {"lexicon", required_argument, NULL, 'L'},
                                             {"print-lexicon", no_argument, NULL, 'P'},
                                             {"jobs", required_argument, NULL, 'j'},
                                             {"verbose", no_argument, NULL, 'v'},
                                             {"help", no_argument, NULL, 'h'},
                                             {NULL, 0, NULL, 0}};
    cli_common common = {.evidence = true};
    explain_run run = {0};
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "f:j:vh", longopts, NULL)) != -1) {
        switch (c) {
        case 'f':
            run.fields = optarg;
            break;
        case 'P':
            fputs(kj_lexicon_default_text(), stdout);
            return fflush(stdout) == 0 ? 0 : KJ_ERR_IO;
        case 'h':
            usage(stdout);
            return 0;
        default: {
            int rc = cli_option_status(cli_common_option(&common, "explain", c, optarg), usage);
            if (rc)
                return rc;
        }
        }
    }
    if (optind >= argc) {
        cli_error("explain: name at least one release file or folder");
        usage(stderr);
        return KJ_ERR_USAGE;
    }
    if (run.fields) {
        for (const char *p = run.fields; *p;) {
            const char *end = strchr(p, ',');
            size_t len = end ? (size_t)(end - p) : strlen(p);
            bool known = len == 6 && strncmp(p, "events", 6) == 0;
            for (int f = 0; f < KJ_FIELD__COUNT && !known; f++)
                known = strlen(kj_field_name((kj_field)f)) == len &&
                        strncmp(p, kj_field_name((kj_field)f), len) == 0;
            if (!known) {
                cli_error("explain: unknown field '%.*s' (see SCHEMA.md; or 'events')", (int)len,
                          p);
                return KJ_ERR_USAGE;
            }
            p += len + (end ? 1 : 0);
        }
    }
    cli_lexicon(&common);
    kj_file_list list = {0};
    int rc = cli_collect(&common, argv + optind, argc - optind, &list);
    if (rc) {
        kj_file_list_free(&list);
        return rc;
    }
    cli_pipeline_stream(&common, &list, explain_one, &run);
    kj_file_list_free(&list);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        cli_error("explain: cannot write to standard output");
        return KJ_ERR_IO;
    }
    return run.skipped ? KJ_ERR_DATA : 0;
}
