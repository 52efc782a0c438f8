# Program-like: a gradebook built from builtins only
raw = """ann:91,78,88
bob:55,62,70
cy:100,97,99
dee:73,81,
eve:0,45,60"""
students = {}
for line in raw.splitlines():
    name, _, rest = line.partition(':')
    scores = list(map(int, filter(None, rest.split(','))))
    students[name] = scores
print(students)
def grade(avg):
    for cutoff, letter in zip((90, 80, 70, 60), 'ABCD'):
        if avg >= cutoff:
            return letter
    return 'F'
report = []
for name, scores in sorted(students.items()):
    avg = sum(scores) / len(scores)
    report.append((name, round(avg, 2), grade(avg), min(scores), max(scores)))
for row in sorted(report, key=lambda r: (-r[1], r[0])):
    print('{:<4} {:>6} {} {:>3} {:>3}'.format(*row))
print('all passed:', all(r[2] != 'F' for r in report), 'any perfect:', any(100 in s for s in students.values()))
best = max(report, key=lambda r: r[1])
worst = min(report, key=lambda r: r[1])
print('best', best[0], 'worst', worst[0])
counts = {}
for *_, letter, _lo, _hi in report:
    counts[letter] = counts.get(letter, 0) + 1
print(sorted(counts.items()))
flat = sorted(s for scores in students.values() for s in scores)
print(len(flat), flat[len(flat) // 2], sum(flat), list(reversed(flat))[:3])
ranks = {name: i for i, (name, *_) in enumerate(sorted(report, key=lambda r: -r[1]), 1)}
print(ranks)
print(list(enumerate(map(str.title, sorted(students)), start=1)))
print(dict(zip(sorted(students), map(len, (students[k] for k in sorted(students))))))
print(isinstance(report[0], tuple), callable(grade), hasattr(report, 'sort'), type(counts).__name__)
