# List comparison, concatenation, repetition, augmented assignment
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 99])
print([1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2), [1.0] == [1], [[]] == [[]], ['a'] < ['b'], [1, 2] <= [1, 2])
print([1] + [2], [1] * 3, 3 * [1, 2], [] * 10, [[0] * 2] * 2, [0] + [] + [1])
a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
a *= 2
print(a)
c = [1]
c += 'xy'
c += (9,)
c += range(2)
c += {'k': 0}
print(c)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
alias = [[0] * 3] * 3
alias[0][0] = 1
print(grid, alias)
print(len([1, [2, 3], []]), sum([[1], [2, 3]], []), max([[1, 2], [1, 3], [0, 9]]), min([[3], [2, 5]]))
print([1, 2, 3] == [1, 2, 3.0], [float('nan')] == [float('nan')], [1, 2].__eq__([1, 2]), [1].__lt__((1,)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: [1] + (2,))
t(lambda: [1] + 'a')
t(lambda: [1] * 'a')
t(lambda: [1] * 1.5)
t(lambda: [1] < 'a')
t(lambda: [1, 'a'] < [1, 2])
t(lambda: [1] - [1])
