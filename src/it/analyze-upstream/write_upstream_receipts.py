#!/usr/bin/env python3
"""Writes the two upstream-style receipts of this IT exactly as upstream perfgate 0.18.1's Rust code
(serde_json::to_string_pretty of its PairedRunReceipt) writes them: whole-millisecond wall_ms, v1 field
order, floats always with a fraction, p_value null, significance.test welch_t with upstream's interval
(mean +- 2.0 * population SD / sqrt(n)), no config, no wall_ns, no trailing newline.

Re-run from this directory to regenerate: python3 write_upstream_receipts.py
"""
import json
import math
import random


def f(x):
    """A Rust f64 as serde_json writes it: shortest round-trip form, always with a fraction."""
    r = repr(float(x))
    return r if ('.' in r or 'e' in r) else r + '.0'


def dump(value, indent=0):
    pad = '  ' * indent
    if isinstance(value, dict):
        if not value:
            return '{}'
        items = [pad + '  ' + json.dumps(k) + ': ' + dump(v, indent + 1) for k, v in value.items()]
        return '{\n' + ',\n'.join(items) + '\n' + pad + '}'
    if isinstance(value, list):
        if not value:
            return '[]'
        return '[\n' + ',\n'.join(pad + '  ' + dump(v, indent + 1) for v in value) + '\n' + pad + ']'
    if value is None:
        return 'null'
    if isinstance(value, bool):
        return 'true' if value else 'false'
    if isinstance(value, float):
        return f(value)
    if isinstance(value, int):
        return str(value)
    return json.dumps(value)


def u64_summary(values):
    s = sorted(values)
    n = len(s)
    median = s[n // 2] if n % 2 else (s[n // 2 - 1] + s[n // 2]) // 2
    mean = sum(s) / n
    stddev = math.sqrt(sum((v - mean) ** 2 for v in s) / (n - 1)) if n > 1 else 0.0
    return {'median': median, 'min': s[0], 'max': s[-1], 'mean': float(mean), 'stddev': float(stddev)}


def diff_summary(diffs, alpha):
    s = sorted(diffs)
    n = len(s)
    mean = sum(s) / n
    median = float(s[n // 2]) if n % 2 else (s[n // 2 - 1] + s[n // 2]) / 2.0
    std_dev = math.sqrt(sum((d - mean) ** 2 for d in s) / n)  # upstream: population SD
    half = 2.0 * std_dev / math.sqrt(n)
    lower, upper = mean - half, mean + half
    return {'mean': float(mean), 'median': float(median), 'std_dev': float(std_dev), 'min': float(s[0]),
            'max': float(s[-1]), 'count': n,
            'significance': {'test': 'welch_t', 'p_value': None, 'alpha': alpha,
                             'significant': n >= 3 and (lower > 0 or upper < 0),
                             'baseline_samples': n, 'current_samples': n,
                             'ci_lower': lower, 'ci_upper': upper}}


def receipt(name, run_id, seed, change):
    rnd = random.Random(seed)
    pairs = 12
    samples, base_ms, cur_ms, base_rss, cur_rss = [], [], [], [], []
    for i in range(pairs):
        machine = rnd.uniform(0.97, 1.03)  # shared by both runs of a pair
        b = int(200 * machine * rnd.uniform(0.99, 1.01))  # as_millis(): truncated
        c = int(200 * (1 + change) * machine * rnd.uniform(0.99, 1.01))
        br = 20_480 + rnd.randint(0, 60)
        cr = br + rnd.randint(-8, 8)
        base_ms.append(b); cur_ms.append(c); base_rss.append(br); cur_rss.append(cr)
        samples.append({'pair_index': i, 'warmup': False,
                        'baseline': {'wall_ms': b, 'exit_code': 0, 'timed_out': False, 'max_rss_kb': br},
                        'current': {'wall_ms': c, 'exit_code': 0, 'timed_out': False, 'max_rss_kb': cr},
                        'wall_diff_ms': c - b, 'rss_diff_kb': cr - br})
    return {
        'schema': 'perfgate.paired.v1',
        'tool': {'name': 'perfgate', 'version': '0.18.1'},
        'run': {'id': run_id, 'started_at': '2026-11-28T13:40:02.118734512Z',
                'ended_at': '2026-11-28T13:40:07.020391876Z',
                'host': {'os': 'linux', 'arch': 'x86_64', 'cpu_count': 2, 'memory_bytes': 0}},
        'bench': {'name': name, 'baseline_command': ['./app-old', '--import', 'fixtures/orders.csv'],
                  'current_command': ['./app-new', '--import', 'fixtures/orders.csv'], 'repeat': pairs, 'warmup': 0},
        'samples': samples,
        'stats': {'baseline_wall_ms': u64_summary(base_ms), 'current_wall_ms': u64_summary(cur_ms),
                  'wall_diff_ms': diff_summary([c - b for b, c in zip(base_ms, cur_ms)], 0.05),
                  'baseline_max_rss_kb': u64_summary(base_rss), 'current_max_rss_kb': u64_summary(cur_rss),
                  'rss_diff_kb': diff_summary([c - b for b, c in zip(base_rss, cur_rss)], 0.05)},
    }


for file, name, run_id, seed, change in [
        ('upstream-regression.paired.json', 'import', '5f0c1e2a-8a53-4c47-9b1e-0d6c2f7e9a11', 7, 0.10),
        ('upstream-unchanged.paired.json', 'import', '9b2d4e6f-1c3a-4e5b-8d7f-2a4c6e8f0b22', 8, 0.0)]:
    with open(file, 'w') as out:
        out.write(dump(receipt(name, run_id, seed, change)))
