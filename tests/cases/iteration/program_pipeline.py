# Program-like: a lazy log-processing pipeline built from iterators
LOG = """2024-05-01 10:00:01 INFO  user=ann action=login ms=120
2024-05-01 10:00:05 WARN  user=bob action=upload ms=2300
2024-05-01 10:01:10 INFO  user=ann action=upload ms=800
2024-05-01 10:02:00 ERROR user=cy action=login ms=5000
2024-05-01 10:02:30 INFO  user=bob action=logout ms=40
malformed line here
2024-05-01 10:03:00 INFO  user=cy action=login ms=150
2024-05-01 10:04:45 ERROR user=ann action=download ms=7000"""
def parse(lines):
    for line in lines:
        parts = line.split()
        if len(parts) != 6:
            continue
        date, time, level, *kv = parts
        rec = dict(p.split('=') for p in kv)
        rec.update(date=date, time=time, level=level, ms=int(rec['ms']))
        yield rec
records = list(parse(LOG.splitlines()))
print(len(records), [r['level'] for r in records])
slow = (r for r in records if r['ms'] > 1000)
print([(r['user'], r['ms']) for r in slow])
by_user = {}
for r in records:
    by_user.setdefault(r['user'], []).append(r['ms'])
for user, times in sorted(by_user.items()):
    print(f"{user:4} n={len(times)} total={sum(times):5} max={max(times):5} mean={sum(times) / len(times):8.2f}")
levels = {}
for lvl in map(lambda r: r['level'], records):
    levels[lvl] = levels.get(lvl, 0) + 1
print(sorted(levels.items()))
errors = iter(r for r in records if r['level'] == 'ERROR')
first_error = next(errors, None)
print('first error:', first_error['time'], first_error['user'], 'remaining:', sum(1 for _ in errors))
running = 0
for i, r in enumerate(records, 1):
    running += r['ms']
    print(i, r['time'], r['action'].ljust(8), running, round(running / i, 1))
pairs = zip(records, records[1:])
gaps = [(b['time'], int(b['time'][-2:]) - int(a['time'][-2:])) for a, b in pairs]
print(gaps)
actions = sorted({r['action'] for r in records})
print(actions, all(r['ms'] > 0 for r in records), any(r['user'] == 'dee' for r in records))
