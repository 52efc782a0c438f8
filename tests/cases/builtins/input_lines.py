# input() reads lines from stdin; EOF raises EOFError
name = input('Name? ')
print('hello', repr(name))
age = input()
print('age', int(age) + 1)
import sys
print(repr(sys.stdin.readline()))
rest = [line.rstrip('\n') for line in sys.stdin]
print(rest)
try:
    input('more? ')
except EOFError as e:
    print('EOFError:', e)
