# print() options: sep, end, flush, file
import sys
print('a', 'b', 'c')
print('a', 'b', 'c', sep='')
print('a', 'b', 'c', sep=', ', end='!\n')
print('no newline', end='')
print(' -> continued')
print()
print(sep='x')
print(1, 2.5, None, True, [1], (2,), {'k': 3}, sep=' | ')
print('x', sep=None, end=None)
print('to stdout', file=sys.stdout, flush=True)
print('multi\nline', 'text')
print(*[1, 2, 3], sep='-')
print(*'abc', *range(2))
print('', '', sep='[]')
print('tab\tsep', 'é', '😀', sep='\t')
sys.stdout.write('written directly\n')
n = sys.stdout.write('abc')
print('', n)
class P:
    def __str__(self):
        return 'P!'
print(P(), [P()] == [P()], str(P()))
