# All list methods
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend('ab'); print(a)
a.extend(range(2)); print(a)
a.insert(0, 'first'); print(a)
a.insert(-1, 'neg'); print(a)
a.insert(100, 'end'); print(a)
a.insert(-100, 'start'); print(a)
a.remove(1); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(3), a)
print(a.index(4), a.index(1), a.index('a'), a.index(5, 2), a.index(5, -5, -1) if 5 in a[-5:-1] else 'n/a')
print(a.count(1), a.count('zz'), [1, 1, [1]].count(1), [[1], [1]].count([1]), [1.0, 1, True].count(1))
b = a.copy(); b.append('copy-only'); print(a, b, a is b)
a.reverse(); print(a)
c = [5, 2, 8, 1, 9, 3]
c.sort(); print(c)
c.sort(reverse=True); print(c)
c.clear(); print(c, len(c))
nums = [10, 20, 30]
print(nums.__len__(), nums.__contains__(20), nums.__getitem__(1), list.__add__(nums, [40]))
r = nums.append(4)
print(r, nums.sort(), nums.reverse(), nums.extend([]), nums.insert(0, 0), nums.clear())
print(list(), list('abc'), list((1, 2)), list({'k': 1}), list(range(3)), list(x * 2 for x in range(3)))
m = [0] * 3
m[1] = 'x'
print(m, [[]] * 2, [None] * 0, [1, 2] * -1)
