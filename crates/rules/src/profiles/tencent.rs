//! Tencent Cloud's own rules (`policy=tencent`), from its help page as `official-rules.md`
//! quotes it (T1).

use super::{
    ByLang, Channel, Profile, PromoRule, Proration, Quota, Section, Sections, TermEnd, Vouchers,
    Window, INPUT_LIMITS, PROVIDER_FIELDS, PROVIDER_RULES,
};

pub const TENCENT: Profile = Profile {
    id: "tencent",
    utc_offset_minutes: 480,
    // Our reading of 「自…之日起，五天内（含五天）」: the delivery day is day 1, so the window
    // ends at 00:00 five calendar days after it.
    window: Window::CalendarDays(5),
    // Our reading: no Tencent page found on the term's end.
    term_end: TermEnd::SameTime,
    // T1: one five-day full refund per entity (主体), with no reset stated.
    quota: Quota::FullRefunds(1),
    promo: PromoRule::NotRefundable,
    full_needs_new_purchase: true,
    proration: Proration::StartedDays,
    // T1: coupons of every kind used at purchase are not returned.
    vouchers: Vouchers::NeverReturned,
    fee_unknown: None,
    fields: PROVIDER_FIELDS,
    limits: INPUT_LIMITS,
    rules: PROVIDER_RULES,
    sections: Sections {
        scope: Section("tencent-scope"),
        window: Section("tencent-time-limit"),
        quota: Section("tencent-quota"),
        promo: Section("tencent-promo"),
        vouchers: Section("tencent-vouchers"),
        partial: Section("tencent-partial"),
        notes: Section("tencent-notes"),
        apply: Section("tencent-how-to-apply"),
    },
    channels: &[
        Channel::Console {
            // Our reading: the CVM console's menu as of 2026; confirm it there.
            path: ByLang {
                zh: &["云服务器控制台", "实例", "更多", "实例状态", "销毁/退还"],
                en: &[
                    "CVM console (云服务器控制台)",
                    "Instances (实例)",
                    "More (更多)",
                    "Instance status (实例状态)",
                    "Terminate/Return (销毁/退还)",
                ],
            },
            url: None,
        },
        Channel::Phone("4009100100"),
    ],
    money_back: ByLang {
        zh: "退到腾讯云账户余额：现金部分退为现金，赠送金部分退为赠送金，按支付比例分摊；提现要另行操作。",
        en: "To the Tencent Cloud account balance: cash as cash and bonus credit (赠送金) as bonus credit, in the shares they paid; withdrawing it is a separate step.",
    },
    standing_notes: &[],
    compare_with: None,
};
