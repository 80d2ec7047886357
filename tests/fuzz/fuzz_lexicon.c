/*
 * fuzz_lexicon.c — any bytes as a lexicon file (`--lexicon FILE`).
 *
 * A lexicon is hand-edited JSON: whatever it holds, kj_lexicon_load_buffer()
 * gives a lexicon or an error naming the file (status 78), never a crash;
 * and extraction with an accepted lexicon, over a small release of our
 * own, gives facts in range.
 */
#include <string.h>

#include "fuzz.h"
#include "kaiji/extract.h"
#include "kaiji/parse.h"

static const char sample[] =
    "# 公表概要\n- 不正アクセスによる個人情報漏えいのお知らせ（第2報）\n- 2026年3月5日\n"
    "- 株式会社かもめ通信\n- https://example.jp/news/2\n\n# 本文\n"
    "当社は2026年2月20日、サーバーへの不正アクセスを確認しました。同月22日に警察へ相談し、"
    "個人情報保護委員会へ報告しました。\n\n- 氏名\n- メールアドレス\n\n"
    "| 区分 | 件数 |\n| --- | --- |\n| お客様 | 約1万2千件 "
    "|\n\nクレジットカード情報は含まれておりません。\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kj_error err;
    kj_error_clear(&err);
    kj_lexicon *lex = kj_lexicon_load_buffer((const char *)data, size, "fuzz.json", &err);
    if (!lex) {
        FUZZ_CHECK(err.status == KJ_ERR_CONFIG);
        FUZZ_CHECK(strncmp(err.message, "fuzz.json", 9) == 0);
        return 0;
    }
    kj_release *rel = kj_release_new("2026/03/05_x.md", "2026/03/05_x.md");
    kj_parse_release(rel, sample, sizeof sample - 1);
    kj_extract_release(rel, lex);
    FUZZ_CHECK(rel->affected_persons == KJ_COUNT_NONE || rel->affected_persons >= 0);
    FUZZ_CHECK(!kj_date_is_set(rel->occurred) || kj_date_is_valid(rel->occurred));
    FUZZ_CHECK(!kj_date_is_set(rel->detected) || kj_date_is_valid(rel->detected));
    for (size_t i = 0; i < rel->n_events; i++)
        FUZZ_CHECK(!kj_date_is_set(rel->events[i].date) || kj_date_is_valid(rel->events[i].date));
    kj_release_free(rel);
    kj_lexicon_free(lex);
    return 0;
}
