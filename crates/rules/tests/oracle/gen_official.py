# An independent implementation of shared/spec/official-rules.md (profiles aliyun, tencent, huawei),
# written from the spec alone (the project's Rust rule code was not read). It checks the spec's public
# examples O1-O7, then generates random, boundary-heavy cases with their expected contract attributes
# into crates/rules/tests/oracle/official_cases.rs. Deterministic (fixed seed). Python 3.11 stdlib only.
# Run from the repository root: python3 crates/rules/tests/oracle/gen_official.py
#
# Exact arithmetic: money in integer fen, times as naive datetimes meaning Beijing time, minute precision.
#
# Readings chosen where the spec leaves room (most literal reading):
# - paid + months: calendar months, the day clamped to the target month's last day (article-rules.md).
#   aliyun/huawei expiry = 00:00 on the day after the DATE of that clamped instant (e.g. paid 01-31 for
#   1 month -> 02-28 (02-29 in a leap year) -> expiry 03-01 00:00 / 02-29 -> 03-01 00:00).
#   tencent expiry = the clamped instant itself, same time of day.
# - deadline: aliyun/huawei paid + 120 h; tencent 00:00 of (paid's date + 5 days). Half-open: full only
#   when asof < deadline. data-deadline is emitted for every result, including not-eligible ones.
# - Rule 3 (promo) only fires on promo == "yes"; "unsure" is treated like "no" in every profile
#   (aliyun/tencent: no promo refusal; huawei: the five-day route stays open, since the spec says promo != yes).
# - Rule 3 for aliyun/tencent applies even inside the five-day window (promo=yes is never eligible).
# - Quota: aliyun/tencent full only with used == 0; huawei full only with used < 10.
# - converted billing never gets a full refund (goes to partial), in all three profiles.
# - Full refund: refund = amount. data-vouchers-fen = vouchers only for huawei full; 0 otherwise
#   (aliyun/tencent full, every partial, every not-eligible).
# - aliyun/tencent partial: T = minutes paid->expiry; used_days = ceil(elapsed minutes / 1440) (24-hour
#   periods from paid, not calendar days, also for tencent; 0 elapsed minutes = 0 days);
#   bound = floor(amount * max(0, T - used_days*1440) / T). Can be 0 on the term's last partial day.
# - huawei partial: start = paid with minutes 0; total_hours = whole hours start->expiry (expiry is on the
#   hour, so exact); used_hours = whole hours start->(asof with minutes 0);
#   bound = floor(amount * (total_hours - used_hours) / total_hours). No handling fee (unknown) applied.
# - Inputs: paid/asof years 2000-2099, asof >= paid; expiry and deadline may fall after 2099 (a few
#   cases paid in late December 2099 exercise that), since only paid and asof are range-checked inputs.
import calendar
import os
import random
from datetime import datetime, timedelta

random.seed(20260)

MIN = timedelta(minutes=1)


def add_months(dt, m):
    y = dt.year + (dt.month - 1 + m) // 12
    mo = (dt.month - 1 + m) % 12 + 1
    d = min(dt.day, calendar.monthrange(y, mo)[1])
    return dt.replace(year=y, month=mo, day=d)


def midnight(dt):
    return datetime(dt.year, dt.month, dt.day)


def instants(policy, paid, months):
    """(deadline, expiry), both exclusive ends."""
    if policy == 'tencent':
        deadline = midnight(paid) + timedelta(days=5)
        expiry = add_months(paid, months)
    else:  # aliyun, huawei
        deadline = paid + timedelta(hours=120)
        expiry = midnight(add_months(paid, months)) + timedelta(days=1)
    return deadline, expiry


def minutes(a, b):
    d = b - a
    assert d.seconds % 60 == 0 and d.microseconds == 0
    return d.days * 1440 + d.seconds // 60


def evaluate(policy, billing, paid, asof, months, amount, vouchers, promo, used):
    """-> (verdict, refund_fen, deadline, reason, vouchers_returned_fen)"""
    assert policy in ('aliyun', 'tencent', 'huawei')
    assert billing in ('subscription', 'converted', 'payg')
    assert promo in ('no', 'yes', 'unsure')
    assert asof >= paid and 1 <= months <= 60 and 1 <= amount <= 10**9 and 0 <= vouchers <= 10**9
    assert 0 <= used <= 99
    deadline, expiry = instants(policy, paid, months)
    # 1. payg
    if billing == 'payg':
        return ('not-eligible', 0, deadline, 'payg', 0)
    # 2. expired
    if asof >= expiry:
        return ('not-eligible', 0, deadline, 'expired', 0)
    # 3. promo
    if promo == 'yes' and policy in ('aliyun', 'tencent'):
        return ('not-eligible', 0, deadline, 'promo', 0)
    # 4. full refund
    quota_left = used == 0 if policy in ('aliyun', 'tencent') else used < 10
    if (asof < deadline and quota_left and billing == 'subscription'
            and not (policy == 'huawei' and promo == 'yes')):
        return ('full', amount, deadline, '', vouchers if policy == 'huawei' else 0)
    # 5. partial (upper bound)
    if policy in ('aliyun', 'tencent'):
        t = minutes(paid, expiry)
        elapsed = minutes(paid, asof)
        used_days = -(-elapsed // 1440)  # ceiling; 0 minutes -> 0 days
        u = used_days * 1440
        bound = amount * max(0, t - u) // t
    else:
        start = paid.replace(minute=0)
        total_min = minutes(start, expiry)
        assert total_min % 60 == 0
        total_hours = total_min // 60
        used_hours = minutes(start, asof.replace(minute=0)) // 60
        assert 0 <= used_hours < total_hours
        bound = amount * (total_hours - used_hours) // total_hours
    return ('partial', bound, deadline, '', 0)


def P(s):
    return datetime.strptime(s, '%Y-%m-%dT%H:%M')


def fmt_in(d):
    return d.strftime('%Y-%m-%dT%H:%M')


def fmt_out(d):
    return d.strftime('%Y-%m-%dT%H:%M:00+08:00')


# ---- public examples O1-O7: (args) -> (verdict, refund, vouchers returned, deadline) ----
EXAMPLES = [
    ('O1', ('huawei', 'subscription', '2020-10-20T10:00', '2020-10-22T10:00', 1, 8000, 2000, 'no', 0),
     ('full', 8000, 2000, '2020-10-25T10:00:00+08:00', '')),
    ('O2', ('huawei', 'subscription', '2024-01-01T10:30', '2024-01-15T18:40', 1, 75800, 0, 'no', 0),
     ('partial', 41400, 0, '2024-01-06T10:30:00+08:00', '')),
    ('O3', ('tencent', 'subscription', '2026-11-25T23:50', '2026-11-29T23:59', 12, 40796, 10000, 'no', 0),
     ('full', 40796, 0, '2026-11-30T00:00:00+08:00', '')),
    ('O4', ('tencent', 'subscription', '2026-11-25T23:50', '2026-11-30T00:00', 12, 40796, 10000, 'no', 0),
     ('partial', 40237, 0, '2026-11-30T00:00:00+08:00', '')),
    ('O5', ('aliyun', 'subscription', '2026-11-25T10:00', '2026-11-28T09:00', 1, 120000, 0, 'no', 1),
     ('partial', 108228, 0, '2026-11-30T10:00:00+08:00', '')),
    ('O6', ('aliyun', 'subscription', '2026-11-25T10:00', '2026-11-28T09:00', 1, 120000, 0, 'yes', 0),
     ('not-eligible', 0, 0, '2026-11-30T10:00:00+08:00', 'promo')),
    ('O7', ('huawei', 'subscription', '2020-10-20T10:00', '2020-10-22T10:00', 1, 8000, 2000, 'yes', 0),
     ('partial', 7493, 0, '2020-10-25T10:00:00+08:00', '')),
]


def run(args):
    pol, bil, paid, asof, months, amount, vouchers, promo, used = args
    v, refund, deadline, reason, vret = evaluate(pol, bil, P(paid), P(asof), months, amount, vouchers, promo, used)
    return (v, refund, vret, fmt_out(deadline), reason)


for name, args, want in EXAMPLES:
    got = run(args)
    assert got == want, f'{name}: got {got}, want {want}'
# spot checks of derived instants stated in the spec
assert instants('aliyun', P('2019-08-09T13:00'), 1)[1] == P('2019-09-10T00:00')   # A3
assert instants('huawei', P('2024-01-01T10:30'), 1)[1] == P('2024-02-02T00:00')   # H2
assert instants('huawei', P('2022-11-24T14:30'), 1)[0] == P('2022-11-29T14:30')   # H1
assert minutes(P('2026-11-25T10:00'), instants('aliyun', P('2026-11-25T10:00'), 1)[1]) == 44040  # O5
# "from 12-25 10:01 for an Alibaba order paid 11-25 10:00 for one month" the bound is 0
assert evaluate('aliyun', 'converted', P('2026-11-25T10:00'), P('2026-12-25T10:01'), 1, 120000, 0, 'no', 0)[1] == 0
assert evaluate('aliyun', 'converted', P('2026-11-25T10:00'), P('2026-12-25T10:00'), 1, 120000, 0, 'no', 0)[1] > 0
print('public examples O1-O7 pass')


# ---- random, boundary-heavy cases ----
YEARS = [2000, 2001, 2004, 2023, 2024, 2025, 2026, 2027, 2028, 2050, 2096, 2097, 2099]


def rand_paid():
    y = random.choice(YEARS)
    mo = random.randint(1, 12)
    r = random.random()
    last = calendar.monthrange(y, mo)[1]
    if r < 0.15:
        mo = random.choice([1, 2, 2, 3])
        last = calendar.monthrange(y, mo)[1]
        d = random.choice([28, 29, 30, 31, last])
        d = min(d, last)
    elif r < 0.35:
        d = min(random.choice([29, 30, 31]), last)
    elif r < 0.42:
        d = last
    elif r < 0.47:
        d = 1
    else:
        d = random.randint(1, last)
    h = random.choice([0, 0, 23, 23, 12, random.randint(0, 23), random.randint(0, 23), random.randint(0, 23)])
    mi = random.choice([0, 0, 1, 59, 59, 30, random.randint(0, 59), random.randint(0, 59)])
    if random.random() < 0.04:  # late 2099: expiry/deadline beyond 2099
        y, mo, d = 2099, 12, random.choice([25, 27, 28, 31])
    return datetime(y, mo, d, h, mi)


def rand_months():
    return random.choice([1, 1, 1, 2, 3, 6, 11, 12, 12, 13, 24, 36, 48, 59, 60, random.randint(1, 60)])


def rand_asof(policy, paid, months):
    deadline, expiry = instants(policy, paid, months)
    t = minutes(paid, expiry)
    kind = random.choice(['dl-1', 'dl', 'dl+1', 'dl-1', 'dl', 'dl+1', 'exp-1', 'exp', 'exp+1', 'paid', 'paid+1',
                          'window', 'term', 'term', 'lastday', 'dayedge', 'hour'])
    if kind == 'dl-1':
        a = deadline - MIN
    elif kind == 'dl':
        a = deadline
    elif kind == 'dl+1':
        a = deadline + MIN
    elif kind == 'exp-1':
        a = expiry - MIN
    elif kind == 'exp':
        a = expiry
    elif kind == 'exp+1':
        a = expiry + timedelta(minutes=random.choice([1, 60, 1440 * 40]))
    elif kind == 'paid':
        a = paid
    elif kind == 'paid+1':
        a = paid + MIN
    elif kind == 'window':
        a = paid + timedelta(minutes=random.randint(0, minutes(paid, deadline) + 60))
    elif kind == 'term':
        a = paid + timedelta(minutes=random.randint(0, t))
    elif kind == 'lastday':
        # around the start of the term's last (partial) day, counted in 24-hour periods from paid
        full_days = t // 1440
        a = paid + timedelta(minutes=full_days * 1440 + random.choice([-1, 0, 1, 2]))
    elif kind == 'dayedge':
        # around a whole number of 24-hour periods from paid (the ceiling edge)
        k = random.randint(1, max(1, t // 1440))
        a = paid + timedelta(minutes=k * 1440 + random.choice([-1, 0, 1]))
    else:  # 'hour': asof at :00, :01, :59 of some hour in the term
        a = paid + timedelta(minutes=random.randint(0, t))
        a = a.replace(minute=random.choice([0, 1, 59]))
    if a < paid:
        a = paid
    return a


def rand_amount():
    return random.choice([1, 1, 2, 99, 100, 101, random.randint(1, 10000), random.randint(1, 10**6),
                          random.randint(1, 10**9), random.randint(1, 10**9), 10**9, 10**9])


def rand_vouchers():
    return random.choice([0, 0, 0, 1, random.randint(1, 100000), random.randint(1, 10**9), 10**9])


def rand_used(policy):
    if policy == 'huawei':
        return random.choice([0, 0, 1, 9, 9, 10, 10, 11, 99, random.randint(0, 99)])
    return random.choice([0, 0, 0, 1, 1, 2, 99, random.randint(0, 99)])


def rand_case(policy):
    paid = rand_paid()
    if policy == 'tencent' and random.random() < 0.25:  # calendar-day window around midnight
        paid = paid.replace(hour=random.choice([0, 23]), minute=random.choice([0, 1, 59]))
    months = rand_months()
    if random.random() < 0.35:
        # the full/partial boundary: an order that would get a full refund inside the window
        deadline, _ = instants(policy, paid, months)
        asof = deadline + timedelta(minutes=random.choice([-1, 0, 1, -1, 0, 1, -60, -1439, -1440, -1441]))
        asof = max(asof, paid)
        billing = random.choice(['subscription', 'subscription', 'subscription', 'converted'])
        promo = random.choice(['no', 'no', 'unsure', 'yes'])
        used = random.choice([0, 0, 0, 9, 9]) if policy == 'huawei' else random.choice([0, 0, 0, 1])
        if policy == 'huawei' and random.random() < 0.2:
            used = 10
        return (policy, billing, paid, asof, months, rand_amount(), rand_vouchers(), promo, used)
    asof = rand_asof(policy, paid, months)
    billing = random.choice(['subscription', 'subscription', 'subscription', 'converted', 'payg'])
    promo = random.choice(['no', 'no', 'no', 'yes', 'unsure'])
    return (policy, billing, paid, asof, months, rand_amount(), rand_vouchers(), promo, rand_used(policy))


cases = []
seen = set()
# the public examples first, so the Rust side runs them too
for _, args, _ in EXAMPLES:
    pol, bil, paid, asof, months, amount, vouchers, promo, used = args
    c = (pol, bil, P(paid), P(asof), months, amount, vouchers, promo, used)
    cases.append(c)
    seen.add(c)
PER_PROFILE = 150
for policy in ('aliyun', 'tencent', 'huawei'):
    n = 0
    while n < PER_PROFILE:
        c = rand_case(policy)
        paid, asof = c[2], c[3]
        if not (2000 <= paid.year <= 2099 and 2000 <= asof.year <= 2099 and asof >= paid):
            continue
        if c in seen:
            continue
        seen.add(c)
        cases.append(c)
        n += 1

rows = []
stats = {}
for c in cases:
    pol, bil, paid, asof, months, amount, vouchers, promo, used = c
    v, refund, deadline, reason, vret = evaluate(*c)
    key = (pol, v, reason)
    stats[key] = stats.get(key, 0) + 1
    rows.append(f'    ("{pol}", "{bil}", "{fmt_in(paid)}", "{fmt_in(asof)}", {months}, {amount}, {vouchers}, '
                f'"{promo}", {used}, "{v}", {refund}, "{fmt_out(deadline)}", "{reason}", {vret}),\n')

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'official_cases.rs')
with open(out, 'w') as f:
    f.write('// Generated by crates/rules/tests/oracle/gen_official.py from an independent implementation of\n')
    f.write('// shared/spec/official-rules.md (profiles aliyun, tencent, huawei); do not edit, regenerate instead.\n')
    f.write('// policy, billing, paid, asof, months, amount fen, vouchers fen, promo, used; then the expected\n')
    f.write('// data-verdict, data-refund-fen, data-deadline, data-reason ("" = absent) and data-vouchers-fen.\n')
    f.write('#[rustfmt::skip]\nconst OFFICIAL_CASES: &[OfficialCase] = &[\n')
    f.writelines(rows)
    f.write('];\n')
for k in sorted(stats):
    print('  ', k, stats[k])
print(len(rows), 'cases written to', out)
