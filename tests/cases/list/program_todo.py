# Program-like: a todo list manager exercising list operations
todos = []
def add(title, prio):
    todos.append({'title': title, 'prio': prio, 'done': False})
def complete(title):
    for t in todos:
        if t['title'] == title:
            t['done'] = True
            return True
    return False
for title, prio in [('write tests', 2), ('fix bug', 1), ('review', 3), ('deploy', 1), ('lunch', 5)]:
    add(title, prio)
print(complete('fix bug'), complete('nap'), len(todos))
pending = [t['title'] for t in todos if not t['done']]
print('pending:', pending)
by_prio = sorted(todos, key=lambda t: (t['prio'], t['title']))
print('by prio:', [(t['prio'], t['title']) for t in by_prio])
todos.insert(0, {'title': 'coffee', 'prio': 0, 'done': True})
done_idx = [i for i, t in enumerate(todos) if t['done']]
print('done at', done_idx)
for i in reversed(done_idx):
    del todos[i]
print('after purge:', [t['title'] for t in todos])
titles = [t['title'] for t in todos]
titles.sort(key=len)
print(titles, titles.index('review'), titles.count('deploy'))
chunks = [titles[i:i + 2] for i in range(0, len(titles), 2)]
print(chunks)
rotated = titles[1:] + titles[:1]
print(rotated, rotated[::-1][:2])
merged = []
a, b = [1, 4, 7, 10], [2, 3, 8, 11, 12]
i = j = 0
while i < len(a) and j < len(b):
    if a[i] <= b[j]:
        merged.append(a[i]); i += 1
    else:
        merged.append(b[j]); j += 1
merged.extend(a[i:]); merged.extend(b[j:])
print(merged)
