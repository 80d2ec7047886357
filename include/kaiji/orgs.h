/*
 * orgs.h — organisation names and types.
 *
 * Who published a release is written many ways (株式会社 PR TIMES, 株式会社PR
 * TIMES, ㈱PR TIMES); grouping compares organisations by a key, and figures
 * count them by type.  Both rules are data (src/model/organizations.json,
 * embedded at build time): legal forms, character variants, the name
 * patterns of each type and the words a body uses for itself (当院, 本学).
 * The extract stage reads those self-references, grouping the keys, the
 * figures the types.  Everything here is thread-safe; the table is parsed
 * on first use.
 */
#ifndef KAIJI_ORGS_H
#define KAIJI_ORGS_H

#include <stddef.h>

#include "kaiji/arena.h"
#include "kaiji/model.h"
#include "kaiji/phrases.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Schema-style name of an organisation type (`"public"`), or NULL. */
const char *kj_org_type_name(kj_org_type t);

/** Japanese label (`"自治体・公的機関"`), or NULL. */
const char *kj_org_type_label(kj_org_type t);

/** The type whose name is `name`, or -1. */
int kj_org_type_lookup(const char *name);

/**
 * The matching key of an organisation name, allocated in `arena`: NFKC,
 * white space removed, parenthesised parts and legal forms (株式会社,
 * 学校法人 …, from src/model/organizations.json) left out, radical
 * variants mapped (⻄ → 西).  `株式会社 PR TIMES` and `株式会社PR TIMES`
 * share the key `PRTIMES`.  Returns "" when nothing is left.
 */
const char *kj_org_key(kj_arena *arena, const char *name);

/**
 * The type of organisation `name` is: from the name's patterns first, then
 * from `self_type` (what the release body calls itself, kj_cues.self_type,
 * -1 for none), then from `victims` (patients → medical …), else
 * KJ_ORG_OTHER.  The patterns are data (organizations.json).
 */
kj_org_type kj_org_classify(const char *name, int self_type, kj_set victims);

/**
 * The comparison form of `name`, in `arena`: characters mapped, normalised,
 * bracketed asides and white space removed, legal forms kept.  Keys and
 * classification both start from it.  Its length goes to *len.
 */
const char *kj_org_plain(kj_arena *arena, const char *name, size_t *len);

/** The matching key (kj_org_key) of a name already in plain form. */
const char *kj_org_key_of_plain(kj_arena *arena, const char *plain, size_t len);

/**
 * True when key `longer` extends key `shorter` from its start (`田中屋` and
 * `田中屋本店`) and `shorter` is long enough to name one company (three
 * kana or kanji: KJ_ORG_EXTENDED_MIN bytes).  Grouping compares such names
 * of one site as one organisation; the focused load reads their files.
 */
#define KJ_ORG_EXTENDED_MIN 9
bool kj_org_key_extends(const char *shorter, const char *longer);

/** The type a plain-form name's patterns give, or -1 when none matches. */
int kj_org_name_type(const char *plain, size_t len);

/**
 * The origin aliases of organizations.json (names of one party: a service
 * and the company that runs it, an abbreviation), flattened: their number,
 * and name `i` as written with its group in *group (a group's first name is
 * its canonical one).  aggregate/waves.c folds origin keys with them.
 */
size_t kj_org_alias_count(void);
const char *kj_org_alias_name(size_t i, int *group);

/** kj_org_classify for a name already in plain form. */
kj_org_type kj_org_classify_plain(const char *plain, size_t len, int self_type, kj_set victims);

/** The self-references of organisation types a body uses (当院, 本学, 本市
 *  …), each phrase's value its kj_org_type. */
const kj_phrases *kj_org_self_references(void);

/** The legal forms of organizations.json (株式会社, (株), 学校法人 …),
 *  normalised, for readers that look for names in text (lists.h). */
const kj_phrases *kj_org_legal_forms(void);

#ifdef __cplusplus
}
#endif

#endif
