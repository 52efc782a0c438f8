from collections import UserDict, UserList

class LowerDict(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = value
    def __missing__(self, key):
        return 'missing:' + key

d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, d.data, len(d), 'a' in d, d['zz'], d.get('a'), list(d), sorted(d.items()), d == {'a': 1, 'b': 2, 'c': 3})
print(d.pop('a'), d.setdefault('x', 0), d, isinstance(d.copy(), LowerDict), d.copy().data is d.data)

class Stack(UserList):
    def push(self, x):
        self.append(x)

s = Stack([1, 2])
s.push(3)
s += [4]
print(s, s.data, s[1:], type(s[1:]).__name__, len(s), s.pop(), s == [1, 2, 3], s + [9], [0] + s, s * 2)
s.extend(Stack([7])); s.sort(reverse=True); s.insert(0, 100)
print(s, s.index(7), s.count(1), 3 in s, list(reversed(s)))
