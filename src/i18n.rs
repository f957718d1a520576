//! Every user-visible string of the calculator, in Chinese and English. One struct, two
//! constants: a string missing in either language is a compile error, and so is an error kind
//! or note without a sentence (the message functions match exhaustively).
//! The guide's own text is in `guide.rs`; numbers and dates are formatted by `policy`.

use crate::policy::{ErrorKind, Field, FieldError, Lang, NoteKind, Reason, Step, Verdict};

pub struct Texts {
    /// `lang` attribute for `<html>`.
    pub html_lang: &'static str,
    pub title: &'static str,
    pub tagline: &'static str,
    pub lang_switch_label: &'static str,
    pub other_lang_name: &'static str,
    pub to_guide: &'static str,
    pub form_heading: &'static str,
    pub optional: &'static str,
    pub billing_legend: &'static str,
    pub billing_options: [(&'static str, &'static str, &'static str); 3],
    pub paid_label: &'static str,
    pub paid_hint: &'static str,
    pub asof_label: &'static str,
    pub asof_hint: &'static str,
    pub now_button: &'static str,
    pub months_label: &'static str,
    pub months_hint: &'static str,
    pub amount_label: &'static str,
    pub amount_hint: &'static str,
    pub thirdparty_label: &'static str,
    pub thirdparty_hint: &'static str,
    pub promo_legend: &'static str,
    pub promo_options: [(&'static str, &'static str); 3],
    pub requests_label: &'static str,
    pub requests_hint: &'static str,
    /// Shown when the browser's zone is not UTC+8; the argument is the browser's offset.
    pub timezone_note: fn(&str) -> String,
    pub check_button: &'static str,
    pub reset_button: &'static str,
    pub error_summary_title: &'static str,
    /// Before an error: read by screen readers at each message, and the page title's prefix.
    pub error_prefix: &'static str,
    pub result_heading: &'static str,
    pub pending: &'static str,
    pub fix_errors: &'static str,
    pub verdict: fn(Verdict) -> &'static str,
    pub verdict_lead: fn(Verdict) -> &'static str,
    pub reason: fn(Reason) -> &'static str,
    pub refund_label: fn(Verdict) -> &'static str,
    pub deadline_label: &'static str,
    /// A deadline that has passed; the argument is the formatted time.
    pub deadline_passed: fn(&str) -> String,
    pub expiry_label: &'static str,
    pub time_left_label: &'static str,
    pub time_left_at_asof: &'static str,
    pub earliest_label: &'static str,
    pub window_label: &'static str,
    pub later_label: &'static str,
    pub breakdown_heading: &'static str,
    pub amount_paid: &'static str,
    pub third_party_deduction: &'static str,
    pub refund_total: &'static str,
    pub total_days: &'static str,
    pub used_days: &'static str,
    pub remaining_days: &'static str,
    pub days: fn(i64) -> String,
    /// The estimate written out: amount, remaining, total, third party, result (all formatted).
    pub formula: fn(&str, i64, i64, &str, &str) -> String,
    pub notes_heading: &'static str,
    pub note: fn(&NoteKind, &str) -> String,
    pub steps_heading: &'static str,
    /// A next step; the argument is the console path or the phone number from the profile.
    pub step: fn(Step, &str) -> String,
    pub see_section: &'static str,
    /// Between a label and its value: "：" or ": ".
    pub label_sep: &'static str,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub print_button: &'static str,
    /// The one-line result under the form, announced politely; arguments: verdict, amount.
    pub result_line: fn(&str, &str) -> String,
    pub summary_link: &'static str,
    pub rules_credit: &'static str,
    pub how_it_works: &'static str,
    pub open_full_page: &'static str,
    pub fatal_message: &'static str,
    pub fatal_reload: &'static str,
    pub field_name: fn(Field) -> &'static str,
    pub error: fn(FieldError) -> String,
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

pub const ZH: Texts = Texts {
    html_lang: "zh-CN",
    title: "云服务器退款计算器",
    tagline:
        "按退款指南的规则，算一算你买的云服务器还能不能退、能退多少、截止到什么时候、该怎么申请。",
    lang_switch_label: "语言",
    other_lang_name: "English",
    to_guide: "查看退款指南",
    form_heading: "你的订单",
    optional: "(选填)",
    billing_legend: "计费方式",
    billing_options: [
        ("subscription", "包年包月", "预先付清整个购买时长。"),
        (
            "converted",
            "按量付费转包年包月",
            "原来按量付费，后来转成了包年包月。",
        ),
        ("payg", "按量付费", "用多少付多少，没有预付款。"),
    ],
    paid_label: "付款成功时间",
    paid_hint: "订单详情里的支付时间，北京时间。",
    asof_label: "申请退款时间",
    asof_hint: "留空表示现在。想算将来某天申请的结果，就填那个时间。",
    now_button: "现在",
    months_label: "购买时长(月)",
    months_hint: "1 到 60 个月；一年填 12。",
    amount_label: "实付金额(元)",
    amount_hint: "实际支付的金额，例如 1200.00。",
    thirdparty_label: "其中第三方服务或硬件费用(元)",
    thirdparty_hint: "结算时会先扣除；没有就填 0。",
    promo_legend: "是否在特价活动中购买",
    promo_options: [("no", "不是"), ("yes", "是"), ("unsure", "不确定")],
    requests_label: "本账户当月已提交的退款申请(次)",
    requests_hint: "按申请时间所在的自然月计算；每个账户每月只能申请一次。",
    timezone_note: |offset| {
        format!("注意：所有时间都按北京时间(UTC+8)填写和显示，你的浏览器时区是 {offset}。")
    },
    check_button: "查看结果",
    reset_button: "清空重填",
    error_summary_title: "有问题需要处理",
    error_prefix: "错误：",
    result_heading: "结果",
    pending: "填好付款成功时间和实付金额，这里会立即显示结果。",
    fix_errors: "请先处理上面列出的问题。",
    verdict: |v| match v {
        Verdict::Full => "可以全额退款",
        Verdict::Negotiable => "可以协商退款",
        Verdict::Wait => "下个月初再申请",
        Verdict::NotEligible => "不能退款",
    },
    verdict_lead: |v| {
        match v {
        Verdict::Full => "还在付款后 5 天的无理由退款期内，无需说明理由。",
        Verdict::Negotiable => "5 天无理由退款期已过，但服务还没到期，可以联系客服协商；下面是按剩余天数估算的金额，不保证能退。",
        Verdict::Wait => "这个月的退款申请次数已用完，下个月 1 日起可以再申请。",
        Verdict::NotEligible => "按指南的规则，这笔订单不能退款。",
    }
    },
    reason: |r| match r {
        Reason::Payg => "按量付费没有预付款，已经用掉的部分不退。",
        Reason::Expired => "购买的时长已经全部用完，已消耗的服务时长不退。",
        Reason::MonthlyLimit => "这个月的申请次数已用完，等到下个月时也已经不能退款了。",
    },
    refund_label: |v| match v {
        Verdict::Full => "可退金额",
        Verdict::Negotiable => "估算可退金额",
        Verdict::Wait => "下月申请可退金额",
        Verdict::NotEligible => "可退金额",
    },
    deadline_label: "5 天无理由退款截止",
    deadline_passed: |time| format!("{time}（已过）"),
    expiry_label: "服务到期",
    time_left_label: "剩余时间",
    time_left_at_asof: "申请时剩余",
    earliest_label: "最早可申请",
    window_label: "全额退款可申请时段",
    later_label: "到那时的结果",
    breakdown_heading: "计算明细",
    amount_paid: "实付金额",
    third_party_deduction: "扣除第三方服务或硬件费用",
    refund_total: "可退金额",
    total_days: "购买总天数",
    used_days: "已使用天数(不满一天按一天算)",
    remaining_days: "剩余天数",
    days: |n| format!("{n} 天"),
    formula: |amount, remaining, total, third, result| {
        format!("{amount} × {remaining} ÷ {total}(向下取整到分)− {third} = {result}")
    },
    notes_heading: "注意事项",
    note: |kind, amount| match kind {
        NoteKind::PromoMayBeExcluded => {
            "特价活动中购买的商品可能不能退款，请先看商品详情页的说明。".to_owned()
        }
        NoteKind::PromoCheck => "请确认是否在特价活动中购买：部分活动商品不能退款。".to_owned(),
        NoteKind::ThirdPartyDeducted { .. } => {
            format!("第三方服务或硬件费用 {amount} 会在结算前扣除。")
        }
        NoteKind::UsesMonthlyRequest => "这次申请会用掉本账户当月唯一的一次退款申请。".to_owned(),
        NoteKind::KeepRecords => "保留好交易记录和身份证明材料，审核会更快。".to_owned(),
    },
    steps_heading: "下一步",
    step: |s, detail| match s {
        Step::Console => format!("在控制台提交：{detail}。"),
        Step::Phone => format!("或拨打客服电话 {detail}(文章给出的号码，拨打前请在官网核实)。"),
        Step::PhoneFirst => {
            format!("先拨打客服电话 {detail} 说明情况、协商退款(号码请在官网核实)。")
        }
    },
    see_section: "依据",
    label_sep: "：",
    copy_button: "复制结果",
    copied: "已复制到剪贴板。",
    copy_failed: "无法复制，请手动选择文字复制。",
    print_button: "打印",
    result_line: |verdict, amount| format!("结果：{verdict}，{amount}。"),
    summary_link: "查看详情",
    rules_credit: "规则依据文章",
    how_it_works: "规则说明",
    open_full_page: "打开完整页面",
    fatal_message: "页面出了故障，计算已停止。你填写的内容保存在网址里，重新载入即可继续。",
    fatal_reload: "重新载入",
    field_name: |f| match f {
        Field::Billing => "计费方式",
        Field::Paid => "付款成功时间",
        Field::Asof => "申请退款时间",
        Field::Months => "购买时长",
        Field::Amount => "实付金额",
        Field::Thirdparty => "第三方服务或硬件费用",
        Field::Promo => "是否在特价活动中购买",
        Field::Requests => "当月已提交的退款申请",
    },
    error: error_zh,
};

fn error_zh(e: FieldError) -> String {
    let name = (ZH.field_name)(e.field);
    let example = example(e.field);
    match e.kind {
        ErrorKind::Required | ErrorKind::UnknownOption if is_choice(e.field) => {
            format!("请选择{name}")
        }
        ErrorKind::Required => format!("请填写{name}，例如 {example}"),
        ErrorKind::NotANumber => format!("{name}只能填数字，例如 {example}"),
        ErrorKind::Negative => format!("{name}不能是负数，例如 {example}"),
        ErrorKind::TooManyDecimals => format!("{name}最多两位小数，例如 123.45"),
        ErrorKind::Exponent => format!("{name}请直接写出数字，不要用 1e3 这种写法，例如 {example}"),
        ErrorKind::NotFinite => format!("{name}必须是具体的数字，例如 {example}"),
        ErrorKind::TooSmall => format!("{name}不能小于 {}", min_text(e.field)),
        ErrorKind::TooLarge => format!("{name}不能大于 {}", max_text(e.field)),
        ErrorKind::NotWholeNumber => format!("{name}必须是整数，例如 {example}"),
        ErrorKind::BadDateFormat => format!("{name}请按 年-月-日 时:分 填写，例如 {example}"),
        ErrorKind::NotARealDate => format!("{name}必须是真实存在的日期和时间，例如 {example}"),
        ErrorKind::YearOutOfRange => format!("{name}的年份必须在 2000 到 2099 之间"),
        ErrorKind::BeforePaid => format!("{name}必须等于或晚于付款成功时间"),
        ErrorKind::InFuture => {
            format!("{name}不能晚于现在；如果要算将来的情况，请同时填写申请退款时间")
        }
        ErrorKind::MoreThanAmount => format!("{name}不能大于实付金额"),
        ErrorKind::UnknownOption => format!("请选择{name}"),
    }
}

pub const EN: Texts = Texts {
    html_lang: "en",
    title: "Cloud Server Refund Calculator",
    tagline: "Check, by the refund guide's rules, whether the cloud server you bought can still be refunded, how much you would get back, until when, and how to apply.",
    lang_switch_label: "Language",
    other_lang_name: "中文",
    to_guide: "Read the refund guide",
    form_heading: "Your order",
    optional: "(optional)",
    billing_legend: "Billing type",
    billing_options: [
        ("subscription", "Subscription (包年包月)", "You paid for the whole term in advance."),
        ("converted", "Pay-as-you-go converted to subscription (按量付费转包年包月)", "It started as pay-as-you-go and was switched to a subscription."),
        ("payg", "Pay-as-you-go (按量付费)", "You pay for what you use; nothing is prepaid."),
    ],
    paid_label: "Payment time",
    paid_hint: "When the payment succeeded, as shown in the order details, in Beijing time.",
    asof_label: "Application time",
    asof_hint: "Leave empty for now. To see the result for a later day, enter that time.",
    now_button: "Now",
    months_label: "Term bought (months)",
    months_hint: "1 to 60 months; one year is 12.",
    amount_label: "Amount paid (yuan)",
    amount_hint: "What you actually paid, like 1200.00.",
    thirdparty_label: "Third-party service or hardware costs in it (yuan)",
    thirdparty_hint: "Deducted before settlement; enter 0 if none.",
    promo_legend: "Bought in a special promotion?",
    promo_options: [("no", "No"), ("yes", "Yes"), ("unsure", "Not sure")],
    requests_label: "Refund requests this account already made this month",
    requests_hint: "Counted in the calendar month of the application time; each account may make one a month.",
    timezone_note: |offset| {
        format!("Note: all times are entered and shown in Beijing time (UTC+8); your browser's time zone is {offset}.")
    },
    check_button: "Check my refund",
    reset_button: "Start again",
    error_summary_title: "There is a problem",
    error_prefix: "Error: ",
    result_heading: "Result",
    pending: "Enter the payment time and the amount paid, and the result appears here at once.",
    fix_errors: "Fix the problems listed above first.",
    verdict: |v| match v {
        Verdict::Full => "Full refund",
        Verdict::Negotiable => "Refund by negotiation",
        Verdict::Wait => "Wait until next month",
        Verdict::NotEligible => "Not refundable",
    },
    verdict_lead: |v| match v {
        Verdict::Full => "You are inside the 5-day no-reason refund window that starts at payment.",
        Verdict::Negotiable => "The 5-day window has passed but the service has not expired: contact customer service to negotiate. The amount below is an estimate from the remaining days, not a promise.",
        Verdict::Wait => "This month's refund request is used up; you can apply again from the 1st of next month.",
        Verdict::NotEligible => "By the guide's rules this order cannot be refunded.",
    },
    reason: |r| match r {
        Reason::Payg => "Pay-as-you-go has nothing prepaid, and time already used is not refunded.",
        Reason::Expired => "The whole term has been used; consumed service time is not refunded.",
        Reason::MonthlyLimit => "This month's request is used up, and by next month the order can no longer be refunded.",
    },
    refund_label: |v| match v {
        Verdict::Full => "Refund",
        Verdict::Negotiable => "Estimated refund",
        Verdict::Wait => "Refund if you apply next month",
        Verdict::NotEligible => "Refund",
    },
    deadline_label: "5-day window ends",
    deadline_passed: |time| format!("{time} (passed)"),
    expiry_label: "Service expires",
    time_left_label: "Time left",
    time_left_at_asof: "Left at the application time",
    earliest_label: "Earliest application",
    window_label: "Full-refund window",
    later_label: "Result then",
    breakdown_heading: "How it was worked out",
    amount_paid: "Amount paid",
    third_party_deduction: "Less third-party or hardware costs",
    refund_total: "Refund",
    total_days: "Days bought",
    used_days: "Days used (a started day counts)",
    remaining_days: "Days remaining",
    days: |n| if n == 1 { "1 day".to_owned() } else { format!("{n} days") },
    formula: |amount, remaining, total, third, result| {
        format!("{amount} × {remaining} ÷ {total} (rounded down to the fen) − {third} = {result}")
    },
    notes_heading: "Things to note",
    note: |kind, amount| match kind {
        NoteKind::PromoMayBeExcluded => "Special-promotion purchases may be excluded from refunds: check the product page first.".to_owned(),
        NoteKind::PromoCheck => "Check whether you bought it in a special promotion: some promotion purchases cannot be refunded.".to_owned(),
        NoteKind::ThirdPartyDeducted { .. } => {
            format!("Third-party service or hardware costs of {amount} are deducted before settlement.")
        }
        NoteKind::UsesMonthlyRequest => "This request uses the account's one refund request for that calendar month.".to_owned(),
        NoteKind::KeepRecords => "Keep your transaction records and identity documents; they speed up the review.".to_owned(),
    },
    steps_heading: "What to do next",
    step: |s, detail| match s {
        Step::Console => format!("Apply in the console: {detail}."),
        Step::Phone => format!("Or call customer service on {detail} (the number the article gives; confirm it on the official site first)."),
        Step::PhoneFirst => format!("Call customer service first on {detail} to explain and negotiate (confirm the number on the official site)."),
    },
    see_section: "Based on",
    label_sep: ": ",
    copy_button: "Copy result",
    copied: "Copied to the clipboard.",
    copy_failed: "Could not copy; select the text and copy it by hand.",
    print_button: "Print",
    result_line: |verdict, amount| format!("Result: {verdict}, {amount}."),
    summary_link: "Details",
    rules_credit: "Rules from the article",
    how_it_works: "How this works",
    open_full_page: "Open the full page",
    fatal_message: "Something went wrong and the calculator stopped. What you entered is kept in the address; reload to carry on.",
    fatal_reload: "Reload",
    field_name: |f| match f {
        Field::Billing => "billing type",
        Field::Paid => "payment time",
        Field::Asof => "application time",
        Field::Months => "term bought",
        Field::Amount => "amount paid",
        Field::Thirdparty => "third-party costs",
        Field::Promo => "promotion answer",
        Field::Requests => "number of requests this month",
    },
    error: error_en,
};

fn error_en(e: FieldError) -> String {
    let name = (EN.field_name)(e.field);
    let cap = capitalised(name);
    let example = example(e.field);
    match e.kind {
        ErrorKind::Required | ErrorKind::UnknownOption if is_choice(e.field) => {
            format!("Select the {name}")
        }
        ErrorKind::Required => format!("Enter the {name}, like {example}"),
        ErrorKind::NotANumber => format!("{cap} must be a number, like {example}"),
        ErrorKind::Negative => format!("{cap} cannot be negative; enter it like {example}"),
        ErrorKind::TooManyDecimals => format!("{cap} can have at most 2 decimal places, like 123.45"),
        ErrorKind::Exponent => format!("Write the {name} out in full, like {example}, not as 1e3"),
        ErrorKind::NotFinite => format!("{cap} must be an actual number, like {example}"),
        ErrorKind::TooSmall => format!("{cap} must be {} or more", min_text(e.field)),
        ErrorKind::TooLarge => format!("{cap} must be {} or less", max_text(e.field)),
        ErrorKind::NotWholeNumber => format!("{cap} must be a whole number, like {example}"),
        ErrorKind::BadDateFormat => format!("Enter the {name} as year-month-day hour:minute, like {example}"),
        ErrorKind::NotARealDate => format!("{cap} must be a real date and time, like {example}"),
        ErrorKind::YearOutOfRange => format!("The year of the {name} must be between 2000 and 2099"),
        ErrorKind::BeforePaid => format!("{cap} must be the payment time or later"),
        ErrorKind::InFuture => format!("{cap} cannot be later than now; to work out a future case, also enter the application time"),
        ErrorKind::MoreThanAmount => format!("{cap} cannot be more than the amount paid"),
        ErrorKind::UnknownOption => format!("Select the {name}"),
    }
}

/// Billing and promo are picked, not typed.
fn is_choice(field: Field) -> bool {
    matches!(field, Field::Billing | Field::Promo)
}

/// The English field names start with an ASCII letter; ASCII-only keeps Unicode case tables
/// (about 25 KB) out of the wasm.
fn capitalised(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// A value the person could type, shown in messages (same in both languages).
fn example(field: Field) -> &'static str {
    match field {
        Field::Paid | Field::Asof => "2026-11-25 10:00",
        Field::Amount => "1200.00",
        Field::Thirdparty => "50.00",
        Field::Months => "12",
        Field::Requests => "0",
        Field::Billing | Field::Promo => "",
    }
}

fn min_text(field: Field) -> &'static str {
    match field {
        Field::Amount => "0.01",
        Field::Months => "1",
        _ => "0",
    }
}

fn max_text(field: Field) -> &'static str {
    match field {
        Field::Amount | Field::Thirdparty => "10,000,000.00",
        Field::Months => "60",
        Field::Requests => "99",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_error_has_an_actionable_message_in_both_languages() {
        let kinds = ErrorKind::ALL;
        for lang in Lang::ALL {
            for field in Field::ALL {
                for kind in kinds {
                    let m = (texts(lang).error)(FieldError { field, kind });
                    assert!(m.chars().count() > 6, "{lang:?} {field:?} {kind:?}: {m}");
                    assert!(!m.to_lowercase().contains("invalid"), "{m}");
                }
            }
        }
    }

    #[test]
    fn the_spec_examples_read_as_written() {
        let amount = |kind| FieldError {
            field: Field::Amount,
            kind,
        };
        assert_eq!(
            (EN.error)(amount(ErrorKind::Required)),
            "Enter the amount paid, like 1200.00"
        );
        assert_eq!(
            (EN.error)(amount(ErrorKind::TooManyDecimals)),
            "Amount paid can have at most 2 decimal places, like 123.45"
        );
        let asof = FieldError {
            field: Field::Asof,
            kind: ErrorKind::BeforePaid,
        };
        assert_eq!(
            (EN.error)(asof),
            "Application time must be the payment time or later"
        );
        let paid = FieldError {
            field: Field::Paid,
            kind: ErrorKind::NotARealDate,
        };
        assert!((EN.error)(paid).contains("must be a real date"));
    }
}
