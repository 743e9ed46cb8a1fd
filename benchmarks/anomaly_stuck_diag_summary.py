"""Summary of benchmarks/anomaly_stuck_diag.py's JSON lines (session 20, scratch): the stuck false-alarm runs by what held them.

    python benchmarks/anomaly_stuck_diag_summary.py /tmp/anomaly_stuck_diag.jsonl --save benchmarks/results/anomaly_stuck_diagnosis.json
"""
import json, sys, collections
recs = [json.loads(l) for l in open(sys.argv[1] if len(sys.argv) > 1 else '/tmp/stuckdiag/diag.jsonl')]
def fam(s):
    n = s.split('/')[0]
    return n.replace('held-out', 'g') if n[-1].isdigit() else ('recorded' if n.startswith('recorded') else n)
CATS = ('not scored (deep/pause/settling)', 'burst count holds', 'window filling', 'flat (trend/fall)', 'noisy', 'wander')
def cats(r):
    c = r['codes']
    # per point: first failing check in the code's order (flat, noisy, wander); counts from the codes
    flat = c['flat']; noisy_nf = max(0, c['noisy'] - 0)  # approximate order below
    full = c['full']
    # points that passed flat but failed noisy / wander: not recorded exactly; use sole-failure counts as lower bounds
    return {CATS[0]: c['hold'], CATS[1]: c['burst'], CATS[2]: c['notfull'], CATS[3]: c['flat'],
            CATS[4]: c['noisy_only'] + 0, CATS[5]: c['wander_only']}
out = collections.defaultdict(lambda: collections.defaultdict(collections.Counter))
runs = []
for r in recs:
    if r['charged']:
        continue
    L = r['end'] - r['start']; ended = 'adapt_after' if L == 2000 and r['end'] < r['n'] else ('open at end' if r['end'] == r['n'] else 'ended earlier')
    f = fam(r['set']); grp = 'g21' if f == 'g21' else ('tuning' if f == 'tuning' else 'g3-g20, held-out, recorded')
    c = r['codes']
    tot = c['hold'] + c['burst'] + c['notfull'] + c['full']
    if c['burst'] >= 0.5 * tot: prim = 'burst count holds'
    elif c['full'] == 0 or c['hold'] >= 0.5 * tot: prim = 'not scored (deep/pause/settling)'
    else:
        sh = {k: c[k] / c['full'] for k in ('flat', 'noisy', 'wander')}
        prim = max(sh, key=sh.get)
    for g in (grp, f):
        out[g][ended]['runs'] += 1
        out[g][ended]['prim: ' + prim] += 1
        for k in ('hold', 'burst', 'notfull', 'full', 'flat', 'noisy', 'wander', 'flat_only', 'noisy_only', 'wander_only'):
            out[g][ended]['pts_' + k] += c[k]
    runs.append(dict(set=r['set'], trace=r['trace'], start=r['start'], length=L, ended=ended, primary=prim,
                     hold=c['hold'], burst=c['burst'], notfull=c['notfull'], full=c['full'], flat=c['flat'], noisy=c['noisy'],
                     wander=c['wander'], flat_r=r['flat_r'], noisy_r=r['noisy_r'], wander_r=r['wander_r'], depth=r['depth']))
res = {g: {e: dict(v) for e, v in d.items()} for g, d in out.items()}
print(json.dumps(res, indent=1))
if '--save' in sys.argv:
    json.dump({'by_family': res, 'runs': runs}, open(sys.argv[sys.argv.index('--save') + 1], 'w'), indent=1)
