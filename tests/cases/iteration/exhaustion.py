# Exhausted iterators stay exhausted; iterables can be re-iterated
nums = [1, 2, 3]
it = iter(nums)
print(sum(it), sum(it), list(it))
gen = (x * 2 for x in nums)
print(list(gen), list(gen), next(gen, 'done'))
m = map(str, nums)
print('-'.join(m), '-'.join(m) == '')
z = zip('ab', 'cd')
print(list(z), list(z))
f = filter(None, [0, 1, 2])
print(1 in f, list(f))
e = enumerate('xyz')
print(next(e), list(e), list(e))
r = reversed([1, 2, 3])
print(list(r), list(r))
print(list(nums), list(nums), sum(nums), sum(nums))
it2 = iter([1, 2, 3, 4, 5])
print(3 in it2, list(it2))
it3 = iter('abcdef')
pairs = list(zip(it3, it3))
print(pairs)
it4 = iter(range(10))
chunks = [list(x) for x in zip(*[it4] * 3)]
print(chunks, list(it4))
try:
    next(iter([]))
except StopIteration as exc:
    print('StopIteration', exc.args, exc.value)
def gen_with_return():
    yield 1
    return 'result'
g = gen_with_return()
next(g)
try:
    next(g)
except StopIteration as exc:
    print('return value:', exc.value, exc.args)
