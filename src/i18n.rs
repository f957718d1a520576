//! Every user-visible string of the calculator, in Chinese and English. One struct, two
//! constants: a string missing in either language is a compile error, and so is an error kind,
//! note or verdict without a sentence (the message functions match exhaustively).
//! Texts that depend on the rule set take the profile, and every limit they mention (years,
//! months, quotas, amounts) is read from it, never written here.
//! The guides' prose is static HTML (`guides/`), not in the wasm; numbers and dates are
//! formatted by `policy`.

use crate::policy::{
    format_money, ErrorKind, Field, FieldError, Lang, NoteKind, PartialWhy, Profile, Reason,
    Section, Step, Unit, Verdict,
};

/// The four rule sets, for texts that differ by provider.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Rules {
    Article,
    Aliyun,
    Tencent,
    Huawei,
}

impl Rules {
    pub fn of(profile: &Profile) -> Rules {
        match profile.id {
            "aliyun" => Rules::Aliyun,
            "tencent" => Rules::Tencent,
            "huawei" => Rules::Huawei,
            _ => Rules::Article,
        }
    }
}

pub struct Texts {
    /// `lang` attribute for `<html>`.
    pub html_lang: &'static str,
    pub title: &'static str,
    pub form_heading: &'static str,
    pub optional: &'static str,
    pub policy_legend: &'static str,
    pub policy_hint: &'static str,
    /// `(policy value, label)` in the order of the profiles.
    pub policy_options: [(&'static str, &'static str); 4],
    pub billing_legend: &'static str,
    pub billing_options: [(&'static str, &'static str, &'static str); 3],
    /// Label and hint of `paid`, in the provider's terms.
    pub paid_text: fn(Rules) -> (&'static str, &'static str),
    pub asof_label: &'static str,
    pub asof_hint: &'static str,
    pub now_button: &'static str,
    /// What the "now" button does, for screen readers.
    pub now_button_label: &'static str,
    pub months_label: &'static str,
    pub months_hint: fn(&Profile) -> String,
    /// Label and hint of `amount`, in the provider's terms.
    pub amount_text: fn(Rules) -> (&'static str, &'static str),
    pub vouchers_label: &'static str,
    pub vouchers_hint: fn(Rules) -> &'static str,
    pub thirdparty_label: &'static str,
    pub thirdparty_hint: &'static str,
    pub promo_legend: fn(Rules) -> &'static str,
    pub promo_options: [(&'static str, &'static str); 3],
    pub requests_label: &'static str,
    pub requests_hint: fn(&Profile) -> String,
    /// Label and hint of `used`, with the quota from the profile.
    pub used_text: fn(&Profile) -> (&'static str, String),
    /// Always shown above the form.
    pub beijing_time_note: &'static str,
    /// Shown when the browser's zone is not UTC+8; the argument is the browser's offset.
    pub timezone_note: fn(&str) -> String,
    /// Shown when the browser is on UTC+8 too.
    pub same_zone_note: &'static str,
    pub check_button: &'static str,
    pub reset_button: &'static str,
    pub error_summary_title: &'static str,
    /// Before an error: read by screen readers at each message, and the page title's prefix.
    pub error_prefix: &'static str,
    pub result_heading: &'static str,
    pub pending: &'static str,
    pub fix_errors: &'static str,
    /// The summary at the top while there are errors to fix (the summary box is below it).
    pub fix_below: &'static str,
    /// The summary at the top before there is anything to say.
    pub result_line_pending: &'static str,
    pub verdict: fn(Verdict) -> &'static str,
    pub verdict_lead: fn(Verdict, Rules) -> &'static str,
    pub reason: fn(Reason) -> &'static str,
    pub refund_label: fn(Verdict, &Profile) -> &'static str,
    pub vouchers_returned_label: &'static str,
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
    /// Rows of an upper bound's working: the whole term, the time counted as used.
    pub term_total: fn(Unit) -> &'static str,
    pub term_used: fn(Unit) -> &'static str,
    /// A duration in a unit, e.g. "44,040 分钟"; a count of days for the started days.
    pub units: fn(Unit, i64) -> String,
    /// The upper bound written out: amount, total, used, result (all formatted).
    pub bound_formula: fn(&str, &str, &str, &str) -> String,
    pub notes_heading: &'static str,
    /// A widget's fold around the working and the notes.
    pub more_details: &'static str,
    pub note: fn(&NoteKind, &str, Rules) -> String,
    pub steps_heading: &'static str,
    /// A next step; the argument is the console path or the phone number from the profile.
    pub step: fn(Step, &str, Verdict, Rules) -> String,
    /// The link to the console page where the profile gives one.
    pub console_link: &'static str,
    /// Read after a link that opens a new tab.
    pub new_tab: &'static str,
    /// Said by the live region after "start again".
    pub reset_done: &'static str,
    /// The link text of the page that says a handling fee comes off.
    pub fee_source: &'static str,
    pub money_back_label: &'static str,
    pub see_section: &'static str,
    /// Between a label and its value: "：" or ": ".
    pub label_sep: &'static str,
    /// The guide section titles, as the guides' headings read.
    pub section_title: fn(Section) -> &'static str,
    pub copy_button: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    pub print_button: &'static str,
    /// The one-line result under the form, announced politely; arguments: verdict, amount.
    pub result_line: fn(&str, &str) -> String,
    pub summary_link: &'static str,
    /// The copied summary's credit line: whose rules, from where.
    pub rules_credit: fn(Rules) -> &'static str,
    pub how_it_works: &'static str,
    pub open_full_page: &'static str,
    /// The compare block (article profile): heading, the assumptions, the switch button.
    pub compare_heading: &'static str,
    pub compare_assumes: &'static str,
    pub compare_switch: &'static str,
    /// A field's name in messages; `paid` in the provider's terms.
    pub field_name: fn(Field, Rules) -> &'static str,
    pub error: fn(FieldError, &Profile) -> String,
}

/// The texts of `lang`. A wasm built for one page's language (the `lang-zh` or `lang-en`
/// feature: each prerendered page loads the wasm of its own language, so neither carries the other
/// language's text) always answers with that language.
pub fn texts(lang: Lang) -> &'static Texts {
    if cfg!(feature = "lang-zh") {
        return &ZH;
    }
    if cfg!(feature = "lang-en") {
        return &EN;
    }
    match lang {
        Lang::Zh => &ZH,
        Lang::En => &EN,
    }
}

/// A section's topic: its id without the provider prefix (`tencent-quota` → `quota`).
fn topic(section: Section) -> &'static str {
    let id = section.id();
    ["aliyun-", "tencent-", "huawei-"]
        .iter()
        .find_map(|prefix| id.strip_prefix(prefix))
        .unwrap_or(id)
}

pub const ZH: Texts = Texts {
    html_lang: "zh-CN",
    title: "云服务器退款计算器",
    form_heading: "你的订单",
    optional: "(选填)",
    policy_legend: "按哪家的规则计算",
    policy_hint: "换一家，已填的内容都会保留，退款指南也会换成那一家的。",
    policy_options: [
        ("article", "阿里云（按文章）"),
        ("aliyun", "阿里云（官方规则）"),
        ("tencent", "腾讯云"),
        ("huawei", "华为云"),
    ],
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
    paid_text: |r| match r {
        Rules::Article => ("付款成功时间", "订单详情里的支付时间，北京时间。"),
        Rules::Aliyun => (
            "付款（开通）时间",
            "新购订单付款、实例开通的时间，北京时间。",
        ),
        Rules::Tencent => ("发货成功时间", "订单发货成功（资源交付）的时间，北京时间。"),
        Rules::Huawei => ("开通时间", "资源开通的时间，北京时间。"),
    },
    asof_label: "申请退款时间",
    asof_hint: "留空表示现在。想算将来某天申请的结果，就填那个时间。",
    now_button: "现在",
    now_button_label: "把申请退款时间填为现在",
    months_label: "购买时长(月)",
    months_hint: |p| format!("{} 到 {} 个月；一年填 12。", p.limits.months_min, p.limits.months_max),
    amount_text: |r| match r {
        Rules::Article => ("实付金额(元)", "实际支付的金额，例如 1200.00。"),
        Rules::Aliyun => (
            "现金和储值卡实付(元)",
            "用现金或储值卡支付的部分，不含代金券、优惠券，例如 1200.00。",
        ),
        Rules::Tencent => (
            "实付金额(元，不含优惠券)",
            "用现金或赠送金支付的部分，不含优惠券、代金券，例如 1200.00。",
        ),
        Rules::Huawei => (
            "实付金额(元，不含代金券)",
            "现金账户、现金券、储值卡支付的部分，例如 1200.00。",
        ),
    },
    vouchers_label: "代金券、优惠券抵扣(元)",
    vouchers_hint: |r| match r {
        Rules::Huawei => "五天无理由退订时作为代金券退回，不退现金；没有就填 0。",
        _ => "这部分不会退回；没有就填 0。",
    },
    thirdparty_label: "其中第三方服务或硬件费用(元)",
    thirdparty_hint: "结算时会先扣除；没有就填 0。",
    promo_legend: |r| match r {
        Rules::Article => "是否在特价活动中购买",
        Rules::Huawei => "活动是否写明不支持五天无理由退订",
        Rules::Aliyun | Rules::Tencent => "活动是否写明不支持退款",
    },
    promo_options: [("no", "不是"), ("yes", "是"), ("unsure", "不确定")],
    requests_label: "本账户当月已提交的退款申请(次)",
    requests_hint: |p| {
        format!(
            "按申请时间所在的自然月计算；每个账户每月只能申请 {} 次。",
            p.quota_limit()
        )
    },
    used_text: |p| match Rules::of(p) {
        Rules::Tencent => (
            "已用过的五天无理由全额退款(次)",
            format!(
                "本主体在这个产品上用过的次数（不确定就算所有产品）；一共只有 {} 次。",
                p.quota_limit()
            ),
        ),
        Rules::Huawei => (
            "今年已五天无理由退订的实例(个)",
            format!(
                "本账号在本自然年已经五天无理由退订的实例数；每年最多 {} 个。",
                p.quota_limit()
            ),
        ),
        _ => (
            "今年已用的五天无理由全额退订(次)",
            format!(
                "本账号这个产品在本自然年已经全额退订的实例数（云服务器、资源包、预留实例券合计）；每年 {} 次。",
                p.quota_limit()
            ),
        ),
    },
    beijing_time_note: "所有时间都按北京时间(UTC+8)填写和显示。",
    timezone_note: |offset| format!("浏览器时区：{offset}，不是北京时间。"),
    same_zone_note: "浏览器时区也是北京时间。",
    check_button: "查看结果",
    reset_button: "清空重填",
    error_summary_title: "有问题需要处理",
    error_prefix: "错误：",
    result_heading: "结果",
    pending: "填好付款时间和金额，这里会立即显示结果。",
    fix_errors: "请先处理上面列出的问题。",
    fix_below: "请先处理下面列出的问题。",
    result_line_pending: "填好付款时间和金额，结果会立即显示。",
    verdict: |v| match v {
        Verdict::Full => "可以全额退款",
        Verdict::Negotiable => "可以协商退款",
        Verdict::Partial => "可以申请非全额退款",
        Verdict::Wait => "下个月初再申请",
        Verdict::NotEligible => "不能退款",
    },
    verdict_lead: |v, r| match (v, r) {
        (Verdict::Full, Rules::Article) => "还在付款后 5 天的无理由退款期内，无需说明理由。",
        (Verdict::Full, _) => "还在五天无理由全额退款期内，无需说明理由。",
        (Verdict::Negotiable, _) => "5 天无理由退款期已过，但服务还没到期，可以联系客服协商；下面是按剩余天数估算的金额，不保证能退。",
        (Verdict::Partial, _) => "五天无理由全额退款不适用，但可以在控制台自助申请非全额退订。下面是最多能退的金额；提交前控制台会显示准确金额。",
        (Verdict::Wait, _) => "这个月的退款申请次数已用完，下个月 1 日起可以再申请。",
        (Verdict::NotEligible, Rules::Article) => "按指南的规则，这笔订单不能退款。",
        (Verdict::NotEligible, _) => "按官方规则，这笔订单不能退款。",
    },
    reason: |r| match r {
        Reason::Payg => "按量付费没有预付款，已经用掉的部分不退。",
        Reason::Expired => "购买的时长已经全部用完，已消耗的服务时长不退。",
        Reason::MonthlyLimit => "这个月的申请次数已用完，等到下个月时也已经不能退款了。",
        Reason::Promo => "活动规则写明不支持退款，这类订单不能退订。",
    },
    refund_label: |v, p| match v {
        Verdict::Full | Verdict::NotEligible => "可退金额",
        Verdict::Negotiable => "估算可退金额",
        Verdict::Partial if p.fee_unknown.is_some() => "最多可退（未扣退订手续费）",
        Verdict::Partial => "最多可退",
        Verdict::Wait => "下月申请可退金额",
    },
    vouchers_returned_label: "作为代金券退回",
    deadline_label: "五天无理由退款截止",
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
    term_total: |u| match u {
        Unit::Hour => "订单总时长(按小时取整)",
        _ => "订单总时长",
    },
    term_used: |u| match u {
        Unit::Hour => "已消费时长(按小时取整)",
        _ => "已使用(不满一天按一天算)",
    },
    units: |u, n| match u {
        Unit::Day => format!("{n} 天"),
        Unit::Hour => format!("{n} 小时"),
        Unit::Minute => format!("{n} 分钟"),
    },
    bound_formula: |amount, total, used, result| {
        format!("{amount} × ({total} − {used}) ÷ {total}(向下取整到分)= {result}")
    },
    notes_heading: "注意事项",
    more_details: "计算明细和注意事项",
    note: |kind, amount, r| match kind {
        NoteKind::WhyPartial(why) => match why {
            PartialWhy::WindowPassed => "五天无理由全额退款的期限已过。",
            PartialWhy::QuotaUsed => "五天无理由全额退款的次数已经用完。",
            PartialWhy::NotNewPurchase => "五天无理由全额退款只适用于新购的包年包月订单。",
            PartialWhy::OfferExcludesFullRefund => "活动写明不支持五天无理由退订，但仍可以申请非全额退订。",
        }
        .to_owned(),
        NoteKind::UpperBound => match r {
            Rules::Tencent => "这是上限：腾讯云对云服务器不满整月的部分按按量计费价格扣除，实际退款会更少（帮助页面的例子：实付 407.96 元、用了 120 小时，退 362.60 元，这里的上限是 402.37 元）。",
            Rules::Huawei => "这是按官方公式算出的扣手续费前的金额：实付金额 ×(1 − 已消费时长 ÷ 订单总时长)，时长按小时取整。",
            _ => "这是上限：已使用的时间按比例扣除，阿里云中文帮助页面没有公布具体公式（国际站对使用不满 30 天的云服务器按日价的 1.5 倍扣除），实际退款可能更少。",
        }
        .to_owned(),
        NoteKind::NothingLeft => "按天计算，最后一天已经开始也算用掉，所以没有剩余可退的金额。".to_owned(),
        NoteKind::FeeUnknown => "还要扣除退订手续费：手续费取决于购买时长和已使用时长，华为云没有公开费率表，这里不猜测金额。".to_owned(),
        NoteKind::ConvertedMayQualify => "按量付费转包年包月的订单不算新购；个别情况下控制台可能仍提供全额退订，以控制台显示为准。".to_owned(),
        NoteKind::VouchersNotReturned { .. } => format!("代金券、优惠券抵扣的 {amount} 不会退回。"),
        NoteKind::VouchersReturned { .. } => format!("代金券抵扣的 {amount} 会作为代金券退回，不是现金；折扣券不退。"),
        NoteKind::UsesQuota => match r {
            Rules::Tencent => "这次全额退款会用掉本主体的五天无理由退款机会。",
            Rules::Huawei => "这次退订会占用本账号今年 10 个五天无理由退订名额中的一个。",
            _ => "这次全额退订会用掉这个产品今年唯一的五天无理由退订机会。",
        }
        .to_owned(),
        NoteKind::OfferCheck => match r {
            Rules::Huawei => "请确认活动是否写明不支持五天无理由退订：那样只能非全额退订。",
            _ => "请确认活动规则是否写明不支持退款：那样不能退订。",
        }
        .to_owned(),
        NoteKind::Invoice => match r {
            Rules::Huawei => "已开发票的订单要先退回发票才能退订。",
            _ => "已开发票的订单，退款会退到阿里云账户余额，并记为待退发票。",
        }
        .to_owned(),
        NoteKind::Renewal => "还没开始的续费周期要单独退订，不收手续费；这里算的是当前这笔订单。".to_owned(),
        NoteKind::MarketplaceImage => "使用了付费云市场镜像的实例不能退订。".to_owned(),
        NoteKind::Released => "退订后实例会被释放（vCPU 24 小时内、云盘 15 天内），请先备份数据。".to_owned(),
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
    step: |s, detail, v, r| match (s, r) {
        (Step::Console, _) if v == Verdict::Partial => {
            format!("在控制台自助申请：{detail}；提交前会显示准确的退款金额。")
        }
        (Step::Console, _) => format!("在控制台提交：{detail}。"),
        (Step::Phone, Rules::Article) => {
            format!("或拨打客服电话 {detail}(文章给出的号码，拨打前请在官网核实)。")
        }
        (Step::Phone, _) => format!("有疑问可以拨打官方客服电话 {detail}。"),
        (Step::PhoneFirst, _) => {
            format!("先拨打客服电话 {detail} 说明情况、协商退款(号码请在官网核实)。")
        }
    },
    console_link: "打开退订页面",
    new_tab: "（在新标签页打开）",
    reset_done: "已清空，可以重新填写。",
    fee_source: "华为云帮助中心：非五天无理由退订",
    money_back_label: "钱退到哪里",
    see_section: "依据",
    label_sep: "：",
    section_title: |s| match topic(s) {
        "scope" => "哪些订单能退",
        "time-limit" => "5天的期限",
        "quota" => "能用几次",
        "promo" => "促销订单",
        "vouchers" => "代金券和优惠券",
        "partial" => "非全额退订：最多能退多少",
        "how-to-apply" => "怎么申请",
        _ => "注意事项",
    },
    copy_button: "复制结果",
    copied: "已复制到剪贴板。",
    copy_failed: "无法复制，请手动选择文字复制。",
    print_button: "打印",
    result_line: |verdict, amount| format!("结果：{verdict}，{amount}。"),
    summary_link: "查看详情",
    rules_credit: |r| match r {
        Rules::Article => "规则依据文章：阿里云服务器购买后退款指南与流程解析",
        Rules::Aliyun => "规则依据阿里云帮助中心：退订规则说明、ECS 退订说明",
        Rules::Tencent => "规则依据腾讯云文档：云服务退货说明",
        Rules::Huawei => "规则依据华为云帮助中心：五天无理由退订、非五天无理由退订",
    },
    how_it_works: "规则说明",
    open_full_page: "打开完整页面",
    compare_heading: "阿里云官方规则的答案不同",
    compare_assumes: "（按没有使用代金券、今年还没全额退订过计算；“在特价活动中购买”按“不确定活动是否写明不支持退款”处理。）",
    compare_switch: "改按阿里云官方规则计算",
    field_name: |f, r| match f {
        Field::Policy => "规则来源",
        Field::Billing => "计费方式",
        Field::Paid => (ZH.paid_text)(r).0,
        Field::Asof => "申请退款时间",
        Field::Months => "购买时长",
        Field::Amount => "实付金额",
        Field::Vouchers => "代金券、优惠券抵扣",
        Field::Thirdparty => "第三方服务或硬件费用",
        Field::Promo => "活动一项",
        Field::Requests => "当月已提交的退款申请",
        Field::Used => "已用的五天无理由退款",
    },
    error: error_zh,
};

fn error_zh(e: FieldError, p: &Profile) -> String {
    let rules = Rules::of(p);
    let name = (ZH.field_name)(e.field, rules);
    let paid = (ZH.field_name)(Field::Paid, rules);
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
        ErrorKind::TooSmall => format!("{name}不能小于 {}", min_text(e.field, p)),
        ErrorKind::TooLarge => format!("{name}不能大于 {}", max_text(e.field, p)),
        ErrorKind::NotWholeNumber => format!("{name}必须是整数，例如 {example}"),
        ErrorKind::BadDateFormat => format!("{name}请按 年-月-日 时:分 填写，例如 {example}"),
        ErrorKind::NotARealDate => format!("{name}必须是真实存在的日期和时间，例如 {example}"),
        ErrorKind::YearOutOfRange => {
            format!(
                "{name}的年份必须在 {} 到 {} 之间",
                p.limits.year_min, p.limits.year_max
            )
        }
        ErrorKind::BeforePaid => format!("{name}必须等于或晚于{paid}"),
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
    form_heading: "Your order",
    optional: "(optional)",
    policy_legend: "Whose rules",
    policy_hint: "Switching keeps what you entered, and the refund guide changes to that provider's.",
    policy_options: [
        ("article", "Alibaba (article)"),
        ("aliyun", "Alibaba (official)"),
        ("tencent", "Tencent Cloud"),
        ("huawei", "Huawei Cloud"),
    ],
    billing_legend: "Billing type",
    billing_options: [
        ("subscription", "Subscription (包年包月)", "You paid for the whole term in advance."),
        ("converted", "Converted to subscription (按量付费转包年包月)", "It started as pay-as-you-go and was switched to a subscription."),
        ("payg", "Pay-as-you-go (按量付费)", "You pay for what you use; nothing is prepaid."),
    ],
    paid_text: |r| match r {
        Rules::Article => ("Payment time", "When the payment succeeded, as shown in the order details, in Beijing time."),
        Rules::Aliyun => ("Payment (activation) time", "When the new order was paid and the instance activated, in Beijing time."),
        Rules::Tencent => ("Delivery time", "When the order was delivered (发货成功), in Beijing time."),
        Rules::Huawei => ("Activation time", "When the resource was activated (开通时间), in Beijing time."),
    },
    asof_label: "Application time",
    asof_hint: "Leave empty for now. To see the result for a later day, enter that time.",
    now_button: "Now",
    now_button_label: "Set the application time to now",
    months_label: "Term bought (months)",
    months_hint: |p| format!("{} to {} months; one year is 12.", p.limits.months_min, p.limits.months_max),
    amount_text: |r| match r {
        Rules::Article => ("Amount paid (yuan)", "What you actually paid, like 1200.00."),
        Rules::Aliyun => ("Paid in cash or stored-value card (yuan)", "Not counting vouchers and coupons, like 1200.00."),
        Rules::Tencent => ("Amount paid, without coupons (yuan)", "Paid in cash or bonus credit (赠送金), not with coupons or vouchers, like 1200.00."),
        Rules::Huawei => ("Amount paid, without vouchers (yuan)", "Paid from the cash account, with cash coupons or stored-value cards, like 1200.00."),
    },
    vouchers_label: "Paid with vouchers or coupons (yuan)",
    vouchers_hint: |r| match r {
        Rules::Huawei => "Given back as vouchers, not cash, with a five-day refund; enter 0 if none.",
        _ => "Never refunded; enter 0 if none.",
    },
    thirdparty_label: "Third-party costs in it (yuan)",
    thirdparty_hint: "Third-party services or hardware in the order, deducted before settlement; enter 0 if none.",
    promo_legend: |r| match r {
        Rules::Article => "Bought in a special promotion?",
        Rules::Huawei => "Did the offer say no five-day refund?",
        Rules::Aliyun | Rules::Tencent => "Did the offer say it cannot be refunded?",
    },
    promo_options: [("no", "No"), ("yes", "Yes"), ("unsure", "Not sure")],
    requests_label: "Refund requests made this month",
    requests_hint: |p| {
        let n = p.quota_limit();
        format!("Counted in the calendar month of the application time; each account may make {n} a month.")
    },
    used_text: |p| {
        let n = p.quota_limit();
        match Rules::of(p) {
            Rules::Tencent => (
                "Five-day full refunds already used",
                format!("By this entity (主体) on this product, or on any product if unsure; there are {n} in all."),
            ),
            Rules::Huawei => (
                "Instances already refunded in five days this year",
                format!("By this account this calendar year; at most {n} a year."),
            ),
            _ => (
                "Five-day full refunds of this product this year",
                format!("Instances of this product this account refunded in full this calendar year (servers, resource packs and reserved-instance coupons count together); {n} a year."),
            ),
        }
    },
    beijing_time_note: "All times are entered and shown in Beijing time (UTC+8).",
    timezone_note: |offset| format!("Your browser: {offset}, not Beijing time."),
    same_zone_note: "Your browser is on Beijing time too.",
    check_button: "Check my refund",
    reset_button: "Start again",
    error_summary_title: "There is a problem",
    error_prefix: "Error: ",
    result_heading: "Result",
    pending: "Enter the payment time and the amount, and the result appears here at once.",
    fix_errors: "Fix the problems listed above first.",
    fix_below: "Fix the problems listed below first.",
    result_line_pending: "Enter the payment time and the amount, and the result appears at once.",
    verdict: |v| match v {
        Verdict::Full => "Full refund",
        Verdict::Negotiable => "Refund by negotiation",
        Verdict::Partial => "Partial refund (self-service)",
        Verdict::Wait => "Wait until next month",
        Verdict::NotEligible => "Not refundable",
    },
    verdict_lead: |v, r| match (v, r) {
        (Verdict::Full, Rules::Article) => "You are inside the 5-day no-reason refund window that starts at payment.",
        (Verdict::Full, _) => "You are inside the five-day window for a full refund, with no reason needed.",
        (Verdict::Negotiable, _) => "The 5-day window has passed but the service has not expired: contact customer service to negotiate. The amount below is an estimate from the remaining days, not a promise.",
        (Verdict::Partial, _) => "The five-day full refund does not apply, but you can ask for a partial refund yourself in the console. Below is the most you can get back; the console shows the exact amount before you confirm.",
        (Verdict::Wait, _) => "This month's refund request is used up; you can apply again from the 1st of next month.",
        (Verdict::NotEligible, Rules::Article) => "By the guide's rules this order cannot be refunded.",
        (Verdict::NotEligible, _) => "By the official rules this order cannot be refunded.",
    },
    reason: |r| match r {
        Reason::Payg => "Pay-as-you-go has nothing prepaid, and time already used is not refunded.",
        Reason::Expired => "The whole term has been used; consumed service time is not refunded.",
        Reason::MonthlyLimit => "This month's request is used up, and by next month the order can no longer be refunded.",
        Reason::Promo => "The offer said it cannot be refunded, so the order cannot be cancelled for a refund.",
    },
    refund_label: |v, p| match v {
        Verdict::Full | Verdict::NotEligible => "Refund",
        Verdict::Negotiable => "Estimated refund",
        Verdict::Partial if p.fee_unknown.is_some() => "At most, before the handling fee",
        Verdict::Partial => "At most",
        Verdict::Wait => "Refund if you apply next month",
    },
    vouchers_returned_label: "Returned as vouchers",
    deadline_label: "Five-day window ends",
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
    term_total: |u| match u {
        Unit::Hour => "Whole term (whole hours)",
        _ => "Whole term",
    },
    term_used: |u| match u {
        Unit::Hour => "Used (whole hours)",
        _ => "Used (a started day counts)",
    },
    units: |u, n| match (u, n) {
        (Unit::Day, 1) => "1 day".to_owned(),
        (Unit::Day, _) => format!("{n} days"),
        (Unit::Hour, 1) => "1 hour".to_owned(),
        (Unit::Hour, _) => format!("{n} hours"),
        (Unit::Minute, _) => format!("{n} min"),
    },
    bound_formula: |amount, total, used, result| {
        format!("{amount} × ({total} − {used}) ÷ {total} (rounded down to the fen) = {result}")
    },
    notes_heading: "Things to note",
    more_details: "The working and things to note",
    note: |kind, amount, r| match kind {
        NoteKind::WhyPartial(why) => match why {
            PartialWhy::WindowPassed => "The five-day window for a full refund has passed.",
            PartialWhy::QuotaUsed => "The five-day full refunds you are allowed are used up.",
            PartialWhy::NotNewPurchase => "The five-day full refund is for new subscription purchases only.",
            PartialWhy::OfferExcludesFullRefund => "The offer excluded the five-day refund, but a partial refund is still possible.",
        }
        .to_owned(),
        NoteKind::UpperBound => match r {
            Rules::Tencent => "This is an upper bound: Tencent Cloud charges a server's part-month at pay-as-you-go prices, so you will get less (its own example: 407.96 paid, 120 hours used, 362.60 refunded, where this bound gives 402.37).",
            Rules::Huawei => "This is Huawei Cloud's published formula before the handling fee: amount paid × (1 − time used ÷ whole term), both in whole hours.",
            _ => "This is an upper bound: the time used is taken off pro rata, and Alibaba Cloud's Chinese help pages publish no formula (its international pages charge a server used under 30 days at 1.5 × the daily price), so you may get less.",
        }
        .to_owned(),
        NoteKind::NothingLeft => "Counted in days, the last day counts as used once it has started, so nothing is left to refund.".to_owned(),
        NoteKind::FeeUnknown => "A handling fee still comes off. It depends on the term and the time used, and Huawei Cloud does not publish the table, so no fee is guessed here.".to_owned(),
        NoteKind::ConvertedMayQualify => "A pay-as-you-go order converted to a subscription is not a new purchase; the console may still offer a full refund for some conversions, so check there.".to_owned(),
        NoteKind::VouchersNotReturned { .. } => format!("The {amount} paid with vouchers or coupons is not returned."),
        NoteKind::VouchersReturned { .. } => format!("The {amount} paid with vouchers comes back as vouchers, not cash; discount coupons do not come back."),
        NoteKind::UsesQuota => match r {
            Rules::Tencent => "This full refund uses your entity's five-day refund.",
            Rules::Huawei => "This refund takes one of the account's 10 five-day refunds for this year.",
            _ => "This full refund uses this product's one five-day refund for the year.",
        }
        .to_owned(),
        NoteKind::OfferCheck => match r {
            Rules::Huawei => "Check whether the offer excluded the five-day refund: then only a partial refund is possible.",
            _ => "Check whether the offer said it cannot be refunded: then it cannot be cancelled for a refund.",
        }
        .to_owned(),
        NoteKind::Invoice => match r {
            Rules::Huawei => "If an invoice was issued, it must be returned before the order can be cancelled.",
            _ => "If an invoice was issued, the refund goes to your Alibaba Cloud balance and the invoice is recorded as owed back.",
        }
        .to_owned(),
        NoteKind::Renewal => "A renewal that has not started yet is cancelled separately, without a fee; this is about the current order.".to_owned(),
        NoteKind::MarketplaceImage => "Instances with a paid marketplace image cannot be refunded.".to_owned(),
        NoteKind::Released => "A refund releases the instance (vCPUs within 24 hours, disks within 15 days): back up your data first.".to_owned(),
        NoteKind::PromoMayBeExcluded => "Special-promotion purchases may be excluded from refunds: check the product page first.".to_owned(),
        NoteKind::PromoCheck => "Check whether you bought it in a special promotion: some promotion purchases cannot be refunded.".to_owned(),
        NoteKind::ThirdPartyDeducted { .. } => {
            format!("Third-party service or hardware costs of {amount} are deducted before settlement.")
        }
        NoteKind::UsesMonthlyRequest => "This request uses the account's one refund request for that calendar month.".to_owned(),
        NoteKind::KeepRecords => "Keep your transaction records and identity documents; they speed up the review.".to_owned(),
    },
    steps_heading: "What to do next",
    step: |s, detail, v, r| match (s, r) {
        (Step::Console, _) if v == Verdict::Partial => {
            format!("Ask for it yourself in the console: {detail}; it shows the exact amount before you confirm.")
        }
        (Step::Console, _) => format!("Apply in the console: {detail}."),
        (Step::Phone, Rules::Article) => format!("Or call customer service on {detail} (the number the article gives; confirm it on the official site first)."),
        (Step::Phone, _) => format!("With questions, call the official customer service on {detail}."),
        (Step::PhoneFirst, _) => format!("Call customer service first on {detail} to explain and negotiate (confirm the number on the official site)."),
    },
    console_link: "Open the refund page",
    new_tab: " (opens in a new tab)",
    reset_done: "Cleared; you can start again.",
    fee_source: "Huawei Cloud help: unsubscribing after five days (非五天无理由退订)",
    money_back_label: "Where the money goes",
    see_section: "Based on",
    label_sep: ": ",
    section_title: |s| match topic(s) {
        "scope" => "Which orders qualify",
        "time-limit" => "The 5-day window",
        "quota" => "How often you can use it",
        "promo" => "Promotional offers",
        "vouchers" => "Vouchers and coupons",
        "partial" => "Partial refunds: the most you could get",
        "how-to-apply" => "How to apply",
        _ => "Things to note",
    },
    copy_button: "Copy result",
    copied: "Copied to the clipboard.",
    copy_failed: "Could not copy; select the text and copy it by hand.",
    print_button: "Print",
    result_line: |verdict, amount| format!("Result: {verdict}, {amount}."),
    summary_link: "Details",
    rules_credit: |r| match r {
        Rules::Article => "Rules from the article: 阿里云服务器购买后退款指南与流程解析",
        Rules::Aliyun => "Rules from Alibaba Cloud's help center: 退订规则说明, ECS 退订说明",
        Rules::Tencent => "Rules from Tencent Cloud's documentation: 云服务退货说明",
        Rules::Huawei => "Rules from Huawei Cloud's help center: 可五天无理由退订, 非五天无理由退订",
    },
    how_it_works: "How this works",
    open_full_page: "Open the full page",
    compare_heading: "Alibaba Cloud's official rules give another answer",
    compare_assumes: "(Assuming no vouchers and no full refund used this year; \"bought in a promotion\" is read as \"not sure whether the offer said no refunds\".)",
    compare_switch: "Use Alibaba Cloud's official rules",
    field_name: |f, r| match f {
        Field::Policy => "whose rules",
        Field::Billing => "billing type",
        Field::Paid => match r {
            Rules::Article => "payment time",
            Rules::Aliyun => "payment (activation) time",
            Rules::Tencent => "delivery time",
            Rules::Huawei => "activation time",
        },
        Field::Asof => "application time",
        Field::Months => "term bought",
        Field::Amount => "amount paid",
        Field::Vouchers => "amount paid with vouchers",
        Field::Thirdparty => "third-party costs",
        Field::Promo => "promotion answer",
        Field::Requests => "number of requests this month",
        Field::Used => "number of five-day refunds used",
    },
    error: error_en,
};

fn error_en(e: FieldError, p: &Profile) -> String {
    let rules = Rules::of(p);
    let name = (EN.field_name)(e.field, rules);
    let paid = (EN.field_name)(Field::Paid, rules);
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
        ErrorKind::TooSmall => format!("{cap} must be {} or more", min_text(e.field, p)),
        ErrorKind::TooLarge => format!("{cap} must be {} or less", max_text(e.field, p)),
        ErrorKind::NotWholeNumber => format!("{cap} must be a whole number, like {example}"),
        ErrorKind::BadDateFormat => format!("Enter the {name} as year-month-day hour:minute, like {example}"),
        ErrorKind::NotARealDate => format!("{cap} must be a real date and time, like {example}"),
        ErrorKind::YearOutOfRange => format!(
            "The year of the {name} must be between {} and {}",
            p.limits.year_min, p.limits.year_max
        ),
        ErrorKind::BeforePaid => format!("{cap} must be the {paid} or later"),
        ErrorKind::InFuture => format!("{cap} cannot be later than now; to work out a future case, also enter the application time"),
        ErrorKind::MoreThanAmount => format!("{cap} cannot be more than the amount paid"),
        ErrorKind::UnknownOption => format!("Select the {name}"),
    }
}

/// Policy, billing and promo are picked, not typed.
fn is_choice(field: Field) -> bool {
    matches!(field, Field::Policy | Field::Billing | Field::Promo)
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
        Field::Vouchers => "100.00",
        Field::Months => "12",
        Field::Requests | Field::Used => "0",
        Field::Policy | Field::Billing | Field::Promo => "",
    }
}

/// An amount limit as people read it: `10,000,000.00`.
fn money_limit(fen: i64) -> String {
    format_money(fen, Lang::Zh)
        .trim_start_matches('¥')
        .to_owned()
}

/// The smallest accepted value of a field, from the profile.
fn min_text(field: Field, p: &Profile) -> String {
    match field {
        Field::Amount => money_limit(p.limits.amount_min_fen),
        Field::Months => p.limits.months_min.to_string(),
        _ => "0".to_owned(),
    }
}

/// The largest accepted value of a field, from the profile.
fn max_text(field: Field, p: &Profile) -> String {
    match field {
        Field::Amount | Field::Thirdparty | Field::Vouchers => money_limit(p.limits.amount_max_fen),
        Field::Months => p.limits.months_max.to_string(),
        _ => p.limits.count_max.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::{article, PROFILES};

    #[test]
    fn every_error_has_an_actionable_message_in_both_languages() {
        for lang in Lang::ALL {
            for profile in PROFILES {
                for field in Field::ALL {
                    for kind in ErrorKind::ALL {
                        let m = (texts(lang).error)(FieldError { field, kind }, profile);
                        assert!(m.chars().count() > 6, "{lang:?} {field:?} {kind:?}: {m}");
                        assert!(!m.to_lowercase().contains("invalid"), "{m}");
                    }
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
        let p = article();
        assert_eq!(
            (EN.error)(amount(ErrorKind::Required), p),
            "Enter the amount paid, like 1200.00"
        );
        assert_eq!(
            (EN.error)(amount(ErrorKind::TooManyDecimals), p),
            "Amount paid can have at most 2 decimal places, like 123.45"
        );
        let asof = FieldError {
            field: Field::Asof,
            kind: ErrorKind::BeforePaid,
        };
        assert_eq!(
            (EN.error)(asof, p),
            "Application time must be the payment time or later"
        );
        let paid = FieldError {
            field: Field::Paid,
            kind: ErrorKind::NotARealDate,
        };
        assert!((EN.error)(paid, p).contains("must be a real date"));
    }

    #[test]
    fn limits_in_messages_and_hints_come_from_the_profile() {
        let narrow = Profile {
            limits: crate::policy::Limits {
                year_min: 2010,
                year_max: 2030,
                months_min: 2,
                months_max: 36,
                amount_min_fen: 1,
                amount_max_fen: 12_345_678,
                count_max: 9,
            },
            quota: crate::policy::Quota::FullRefunds(7),
            ..*article()
        };
        let error = |field, kind| (EN.error)(FieldError { field, kind }, &narrow);
        assert!(error(Field::Paid, ErrorKind::YearOutOfRange).contains("between 2010 and 2030"));
        assert!(error(Field::Months, ErrorKind::TooSmall).contains("be 2 or more"));
        assert!(error(Field::Months, ErrorKind::TooLarge).contains("be 36 or less"));
        assert!(error(Field::Amount, ErrorKind::TooLarge).contains("123,456.78 or less"));
        assert!(error(Field::Used, ErrorKind::TooLarge).contains("9 or less"));
        let zh = (ZH.error)(
            FieldError {
                field: Field::Paid,
                kind: ErrorKind::YearOutOfRange,
            },
            &narrow,
        );
        assert!(zh.contains("2010 到 2030"), "{zh}");
        assert!((ZH.months_hint)(&narrow).starts_with("2 到 36 个月"));
        assert!((EN.used_text)(&narrow).1.contains(" 7 "));
        assert!((ZH.requests_hint)(&narrow).contains(" 7 次"));
    }

    #[test]
    fn every_profile_has_its_own_words() {
        for lang in Lang::ALL {
            let t = texts(lang);
            for profile in PROFILES {
                let r = Rules::of(profile);
                assert!(!(t.paid_text)(r).0.is_empty());
                let option = t.policy_options.iter().find(|(id, _)| *id == profile.id);
                assert!(option.is_some(), "{lang:?} {}", profile.id);
                for section in [
                    profile.sections.scope,
                    profile.sections.window,
                    profile.sections.partial,
                    profile.sections.apply,
                ] {
                    assert!(!(t.section_title)(section).is_empty());
                }
            }
        }
        assert_eq!(
            (EN.section_title)(Section("tencent-quota")),
            "How often you can use it"
        );
        assert_eq!((ZH.section_title)(Section("how-to-apply")), "怎么申请");
    }
}
