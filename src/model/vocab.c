/*
 * vocab.c — the schema's closed vocabularies: spellings and labels.
 *
 * These are the schema's values, fixed by SCHEMA.md.  Which Japanese words
 * map to them is the extract stage's lexicon, which is data and lives apart.
 */
#include <string.h>

#include "kaiji/model.h"

typedef struct vocab_entry {
    const char *name;
    const char *label;
} vocab_entry;

static const vocab_entry attack_entries[KJ_ATTACK__COUNT] = {
    [KJ_ATTACK_RANSOMWARE] = {"ransomware", "ランサムウェア"},
    [KJ_ATTACK_UNAUTHORIZED_ACCESS] = {"unauthorized_access", "不正アクセス"},
    [KJ_ATTACK_MALWARE] = {"malware", "マルウェア"},
    [KJ_ATTACK_PHISHING] = {"phishing", "フィッシング"},
    [KJ_ATTACK_ACCOUNT_TAKEOVER] = {"account_takeover", "不正ログイン"},
    [KJ_ATTACK_WEB_TAMPERING] = {"web_tampering", "改ざん"},
    [KJ_ATTACK_MISCONFIGURATION] = {"misconfiguration", "設定不備"},
    [KJ_ATTACK_MISDELIVERY] = {"misdelivery", "誤送信"},
    [KJ_ATTACK_DDOS] = {"ddos", "DDoS"},
    [KJ_ATTACK_VULNERABILITY] = {"vulnerability", "脆弱性悪用"},
    [KJ_ATTACK_INSIDER] = {"insider", "内部不正"},
    [KJ_ATTACK_LOSS_THEFT] = {"loss_theft", "紛失・盗難"},
    [KJ_ATTACK_SYSTEM_FAILURE] = {"system_failure", "システム障害"},
    [KJ_ATTACK_SPAM_RELAY] = {"spam_relay", "迷惑メール踏み台"},
};

static const vocab_entry victim_entries[KJ_VICTIM__COUNT] = {
    [KJ_VICTIM_CUSTOMERS] = {"customers", "顧客"},
    [KJ_VICTIM_BUSINESS_PARTNERS] = {"business_partners", "取引先"},
    [KJ_VICTIM_EMPLOYEES] = {"employees", "従業員"},
    [KJ_VICTIM_SHAREHOLDERS] = {"shareholders", "株主"},
    [KJ_VICTIM_APPLICANTS] = {"applicants", "応募者"},
    [KJ_VICTIM_STUDENTS] = {"students", "学生・生徒"},
    [KJ_VICTIM_PATIENTS] = {"patients", "患者"},
    [KJ_VICTIM_RESIDENTS] = {"residents", "住民"},
    [KJ_VICTIM_FAMILY] = {"family", "家族"},
    [KJ_VICTIM_OTHER] = {"other", "その他"},
};

static const vocab_entry data_entries[KJ_DATA__COUNT] = {
    [KJ_DATA_NAME] = {"name", "氏名"},
    [KJ_DATA_ADDRESS] = {"address", "住所"},
    [KJ_DATA_PHONE] = {"phone", "電話番号"},
    [KJ_DATA_EMAIL] = {"email", "メールアドレス"},
    [KJ_DATA_BIRTHDATE] = {"birthdate", "生年月日"},
    [KJ_DATA_GENDER] = {"gender", "性別"},
    [KJ_DATA_AGE] = {"age", "年齢"},
    [KJ_DATA_AFFILIATION] = {"affiliation", "所属・勤務先"},
    [KJ_DATA_MY_NUMBER] = {"my_number", "マイナンバー"},
    [KJ_DATA_CREDIT_CARD] = {"credit_card", "クレジットカード"},
    [KJ_DATA_BANK_ACCOUNT] = {"bank_account", "銀行口座"},
    [KJ_DATA_PASSPORT] = {"passport", "旅券番号"},
    [KJ_DATA_DRIVERS_LICENSE] = {"drivers_license", "運転免許証"},
    [KJ_DATA_ID_DOCUMENT] = {"id_document", "本人確認書類"},
    [KJ_DATA_PENSION_NUMBER] = {"pension_number", "基礎年金番号"},
    [KJ_DATA_INSURANCE_NUMBER] = {"insurance_number", "保険者番号"},
    [KJ_DATA_TAX_ID] = {"tax_id", "納税者番号"},
    [KJ_DATA_EMPLOYEE_NUMBER] = {"employee_number", "社員番号"},
    [KJ_DATA_CREDENTIALS] = {"credentials", "ログイン情報"},
    [KJ_DATA_PURCHASE_HISTORY] = {"purchase_history", "購入履歴"},
    [KJ_DATA_HEALTH] = {"health", "健康・診療情報"},
    [KJ_DATA_HR] = {"hr", "人事情報"},
    [KJ_DATA_STUDENT_RECORD] = {"student_record", "学籍・成績"},
    [KJ_DATA_SHAREHOLDING] = {"shareholding", "株式保有情報"},
    [KJ_DATA_OTHER] = {"other", "その他"},
};

static const vocab_entry authority_entries[KJ_AUTH__COUNT] = {
    [KJ_AUTH_PPC] = {"ppc", "個人情報保護委員会"},
    [KJ_AUTH_POLICE] = {"police", "警察"},
    [KJ_AUTH_MINISTRY] = {"ministry", "所管省庁"},
    [KJ_AUTH_IPA_JPCERT] = {"ipa_jpcert", "IPA・JPCERT/CC"},
};

static const vocab_entry leak_entries[KJ_LEAK__COUNT] = {
    [KJ_LEAK_UNKNOWN] = {"unknown", "調査中・不明"},
    [KJ_LEAK_NONE] = {"none", "流出なし"},
    [KJ_LEAK_POSSIBLE] = {"possible", "流出の可能性"},
    [KJ_LEAK_CONFIRMED] = {"confirmed", "流出確認"},
};

/* The order reports list victims in: the people an organisation serves
 * before its own staff and partners, so that a hospital's 130,000 patients
 * are not summed up as "従業員・学生など" because its staff come first in
 * the schema's order; its staff before applicants and shareholders, who are
 * mostly a few beside them (「社員等（退職者および一部の採用応募者を含む）」),
 * so that a line of two groups does not hide the staff whose data it is. */
static const int victim_display[KJ_VICTIM__COUNT] = {
    KJ_VICTIM_PATIENTS,  KJ_VICTIM_RESIDENTS,  KJ_VICTIM_STUDENTS,     KJ_VICTIM_CUSTOMERS,
    KJ_VICTIM_EMPLOYEES, KJ_VICTIM_APPLICANTS, KJ_VICTIM_SHAREHOLDERS, KJ_VICTIM_BUSINESS_PARTNERS,
    KJ_VICTIM_FAMILY,    KJ_VICTIM_OTHER,
};

static const struct {
    const vocab_entry *entries;
    int size;
} vocabularies[KJ_VOCAB__COUNT] = {
    [KJ_VOCAB_ATTACK] = {attack_entries, KJ_ATTACK__COUNT},
    [KJ_VOCAB_VICTIM] = {victim_entries, KJ_VICTIM__COUNT},
    [KJ_VOCAB_DATA] = {data_entries, KJ_DATA__COUNT},
    [KJ_VOCAB_AUTHORITY] = {authority_entries, KJ_AUTH__COUNT},
    [KJ_VOCAB_LEAK] = {leak_entries, KJ_LEAK__COUNT},
};

int kj_vocab_size(kj_vocab v)
{
    return (unsigned)v < KJ_VOCAB__COUNT ? vocabularies[v].size : 0;
}

const char *kj_vocab_name(kj_vocab v, int value)
{
    if ((unsigned)v >= KJ_VOCAB__COUNT || value < 0 || value >= vocabularies[v].size)
        return NULL;
    return vocabularies[v].entries[value].name;
}

const char *kj_vocab_label(kj_vocab v, int value)
{
    if ((unsigned)v >= KJ_VOCAB__COUNT || value < 0 || value >= vocabularies[v].size)
        return NULL;
    return vocabularies[v].entries[value].label;
}

int kj_vocab_display_value(kj_vocab v, int rank)
{
    if (rank < 0 || rank >= kj_vocab_size(v))
        return -1;
    return v == KJ_VOCAB_VICTIM ? victim_display[rank] : rank;
}

int kj_vocab_lookup(kj_vocab v, const char *name)
{
    if ((unsigned)v >= KJ_VOCAB__COUNT || !name)
        return -1;
    for (int i = 0; i < vocabularies[v].size; i++)
        if (strcmp(vocabularies[v].entries[i].name, name) == 0)
            return i;
    return -1;
}

int kj_set_count(kj_set set)
{
    return __builtin_popcount(set);
}

static const char *const field_names[KJ_FIELD__COUNT] = {
    [KJ_FIELD_PUBLISHED] = "published",
    [KJ_FIELD_ORGANIZATIONS] = "organizations",
    [KJ_FIELD_REPORT] = "report",
    [KJ_FIELD_ATTACK_TYPES] = "attack_types",
    [KJ_FIELD_THIRD_PARTY] = "third_party",
    [KJ_FIELD_LEAK_STATUS] = "leak_status",
    [KJ_FIELD_AFFECTED_PERSONS] = "affected_persons",
    [KJ_FIELD_AFFECTED_PERSONS_CONFIRMED] = "affected_persons_confirmed",
    [KJ_FIELD_AFFECTED_ORGANIZATIONS] = "affected_organizations",
    [KJ_FIELD_VICTIM_CATEGORIES] = "victim_categories",
    [KJ_FIELD_DATA_TYPES] = "data_types",
    [KJ_FIELD_DATA_TYPES_EXCLUDED] = "data_types_excluded",
    [KJ_FIELD_OCCURRED] = "occurred",
    [KJ_FIELD_DETECTED] = "detected",
    [KJ_FIELD_REPORTED_TO] = "reported_to",
    [KJ_FIELD_AFFECTED_UNIT] = "affected_unit",
    [KJ_FIELD_FIGURE_SCOPE] = "figure_scope",
    [KJ_FIELD_ORIGIN] = "origin",
};

const char *kj_field_name(kj_field f)
{
    return (unsigned)f < KJ_FIELD__COUNT ? field_names[f] : "?";
}

static const vocab_entry event_entries[KJ_EVENT__COUNT] = {
    [KJ_EVENT_OCCURRED] = {"occurred", "発生"},
    [KJ_EVENT_DETECTED] = {"detected", "検知"},
    [KJ_EVENT_CONTAINED] = {"contained", "封じ込め"},
    [KJ_EVENT_REPORTED] = {"reported", "当局へ報告"},
    [KJ_EVENT_NOTIFIED] = {"notified", "本人へ通知"},
    [KJ_EVENT_RESTORED] = {"restored", "復旧"},
    [KJ_EVENT_RELEASE] = {"release", "公表"},
    [KJ_EVENT_OTHER] = {"other", "その他"},
};

const char *kj_event_kind_name(kj_event_kind k)
{
    return (unsigned)k < KJ_EVENT__COUNT ? event_entries[k].name : "other";
}

const char *kj_event_kind_label(kj_event_kind k)
{
    return (unsigned)k < KJ_EVENT__COUNT ? event_entries[k].label : "その他";
}

const char *kj_affected_unit_name(kj_affected_unit u)
{
    static const char *const names[KJ_AFFECTED__COUNT] = {NULL, "persons", "records", "accounts"};
    return (unsigned)u < KJ_AFFECTED__COUNT ? names[u] : NULL;
}

const char *kj_affected_unit_label(kj_affected_unit u)
{
    static const char *const labels[KJ_AFFECTED__COUNT] = {"", "人", "件", "アカウント"};
    return (unsigned)u < KJ_AFFECTED__COUNT ? labels[u] : "";
}

const char *kj_figure_qualifier_prefix(unsigned q)
{
    /* 最大 before 延べ, as the texts write it (「最大で延べ…人」) */
    static const char *const prefix[4] = {"", "最大", "延べ", "最大延べ"};
    return prefix[q & (KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS)];
}

const char *kj_figure_qualifier_words(unsigned q)
{
    static const char *const words[8] = {"",     "最大",       "延べ",       "最大・延べ",
                                         "暫定", "最大・暫定", "延べ・暫定", "最大・延べ・暫定"};
    return words[q & (KJ_FIGURE_AT_MOST | KJ_FIGURE_GROSS | KJ_FIGURE_PROVISIONAL)];
}

const char *kj_figure_qualifier_suffix(unsigned q)
{
    static const char *const suffix[4] = {"", "（暫定）", "（人数と件数の合計）",
                                          "（人数と件数の合計、暫定）"};
    return suffix[((q & KJ_FIGURE_PROVISIONAL) ? 1 : 0) | ((q & KJ_FIGURE_MIXED_UNITS) ? 2 : 0)];
}

const char *kj_scope_name(kj_scope s)
{
    static const char *const names[KJ_SCOPE__COUNT] = {NULL, "own", "origin_total"};
    return (unsigned)s < KJ_SCOPE__COUNT ? names[s] : NULL;
}

const char *kj_watch_where_name(kj_watch_where w)
{
    static const char *const names[KJ_WATCH__COUNT] = {"organization", "origin", "text"};
    return (unsigned)w < KJ_WATCH__COUNT ? names[w] : NULL;
}
