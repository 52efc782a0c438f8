# any and all, short-circuit behaviour
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('') , all(''), any([[]]), all([[]]), any([[0]]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)), any(map(str.isdigit, 'ab1')), all(map(str.isalpha, 'ab1')))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), seen)
seen.clear()
print(all(check(x) for x in [3, 4, 1, 5]), seen)
print(any({0: 'a', 1: 'b'}), all({0: 'a'}), any(set()), all({'x'}), any(range(0)), all(range(1, 3)), any((None, False, 0.0, 0j, '')))
print(all([True, 1, 'x', [1], 2.0]), any(iter([0, 0, 0])), type(any([1])).__name__)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: any(5))
t(lambda: all(None))
t(lambda: any())
t(lambda: all([1], [2]))
