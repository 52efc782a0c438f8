# sort/sorted with key and reverse; stability
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date', 'fig', 'elderberry']
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 25), ('eve', 40), ('fay', 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
s = sorted(people, key=lambda p: p[0], reverse=True)
s.sort(key=lambda p: p[1])
print(s)
print(sorted([3, 1, 2], reverse=True), sorted([]), sorted([1]), sorted((5, 4)), sorted('hello'), sorted({3: 'a', 1: 'b'}))
nums = [5, -3, 2, -8, 0, 7, -1]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: -x), sorted(nums, key=lambda x: x % 3))
print(sorted([[2, 1], [1, 2], [1], [2], []]), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(sorted([1.5, 1, True, 0.5, False, 2]), sorted([0.1 + 0.2, 0.3, 0.30000000000000004]))
data = list(range(20))
data.sort(key=lambda x: x % 4)
print(data)
data.sort(key=lambda x: x % 4, reverse=True)
print(data)
big = [(i * 7919) % 1000 for i in range(200)]
print(sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(sorted(big, reverse=True)))
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: sorted([3, 'a', 1]))
t(lambda: sorted([1, None]))
t(lambda: [1, 2].sort(lambda x: x))
t(lambda: sorted([1, 2], key=1))
t(lambda: sorted([{'a': 1}, {'b': 2}]))
t(lambda: sorted([1j, 2j]))
t(lambda: sorted(5))
t(lambda: sorted([3, 2, 1], cmp=None))
