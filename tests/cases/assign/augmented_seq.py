a = [1, 2]
alias = a
a += [3]
print(a, alias, a is alias)
a += (4, 5)
print(alias)
a += "xy"
print(alias)
a *= 2
print(alias, a is alias)
t = (1, 2)
t2 = t
t += (3,)
print(t, t2, t is t2)
t *= 2
print(t)
s = "ab"
s2 = s
s += "cd"
print(s, s2)
s *= 3
print(s)
b = b"x"
b += b"yz"
print(b)
st = {1, 2}
st |= {3}
st &= {2, 3, 4}
st -= {2}
st ^= {9}
print(sorted(st))
d = {"a": 1}
d |= {"b": 2}
print(d)
