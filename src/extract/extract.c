/*
 * extract.c — the extract stage's entry point: scan once, then let each
 * fact family read the hits.
 */
#include <stdlib.h>

#include "extract_internal.h"

void kj_extract_release(kj_release *rel, const kj_lexicon *lex)
{
    if (!rel || (rel->flags & (KJ_RELEASE_SKIPPED | KJ_RELEASE_TEXT_DROPPED)))
        return;
    extract_ctx ctx = {.rel = rel, .lex = lex ? lex : kj_lexicon_default()};
    scan_release(&ctx);
    extract_report(&ctx);
    extract_attacks(&ctx);
    extract_leak(&ctx);
    extract_subjects(&ctx);
    extract_counts(&ctx);
    extract_dates(&ctx);
    extract_authorities(&ctx);
    free(ctx.hits);
    free(ctx.sents);
    free(ctx.clauses);
    free(ctx.section_cues);
    free(ctx.section_has_data);
    kj_buf_free(&ctx.scratch);
}

void kj_extract_hook(kj_release *rel, void *lexicon)
{
    kj_extract_release(rel, lexicon);
}

bool sentence_is_aside(const sentence *s)
{
    cue_set around = s->context | (s->kind == SENT_HEADING ? s->cues : 0);
    return HAS(around, SECTION_CONTACT);
}

bool sentence_is_measures(const sentence *s)
{
    cue_set around = s->context | (s->kind == SENT_HEADING ? s->cues : 0);
    return HAS(around, SECTION_MEASURES);
}

cue_set cues_before(const extract_ctx *ctx, const clause *c, size_t h)
{
    cue_set set = 0;
    int depth = 0;
    for (size_t k = h; k-- > c->hit_start;) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_CLOSE)
            depth++;
        else if (x->kind == HIT_OPEN && depth-- == 0)
            break; /* `h` stands inside these parentheses: their scope ends here */
        else if (x->kind == HIT_TERM && depth == 0)
            set |= hit_entry(ctx, x)->cues;
    }
    return set;
}

cue_set cues_after(const extract_ctx *ctx, const clause *c, size_t h)
{
    cue_set set = 0;
    int depth = 0;
    for (size_t k = h + 1; k < c->hit_end; k++) {
        const hit *x = &ctx->hits[k];
        if (x->kind == HIT_OPEN)
            depth++;
        else if (x->kind == HIT_CLOSE && depth-- == 0)
            break;
        else if (x->kind == HIT_TERM && depth == 0)
            set |= hit_entry(ctx, x)->cues;
    }
    return set;
}
