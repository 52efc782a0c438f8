# for/else and while/else with iterators, break and continue
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print('found', target, 'at', i)
            break
    else:
        print(target, 'not found')
find([3, 1, 4], 4)
find([3, 1, 4], 9)
find([], 1)
for x in iter([]):
    print('never')
else:
    print('empty iterator: else runs')
it = iter(range(10))
for x in it:
    if x == 3:
        break
print('resumed iterator:', list(it))
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 10:
        break
else:
    print('while finished, n =', n)
primes = []
for cand in range(2, 30):
    for p in primes:
        if cand % p == 0:
            break
    else:
        primes.append(cand)
print(primes)
grid = [[1, 2], [3, 4], [5, 6]]
for row in grid:
    for v in row:
        if v == 4:
            break
    else:
        continue
    print('outer break at row', row)
    break
total = 0
for i in range(10):
    if i % 2:
        continue
    total += i
print('even total', total)
for i, ch in zip(range(3), 'abcdef'):
    pass
print('last pair', i, ch)
for i in range(3):
    pass
print('loop var after loop', i)
