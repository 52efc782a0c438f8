# Program-like: a reverse-Polish calculator and tokenizer using eval-free builtins
import operator
OPS = {'+': operator.add, '-': operator.sub, '*': operator.mul, '/': operator.truediv,
       '//': operator.floordiv, '%': operator.mod, '^': pow}
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in OPS:
            b, a = stack.pop(), stack.pop()
            stack.append(OPS[tok](a, b))
        elif tok == 'neg':
            stack.append(-stack.pop())
        elif tok == 'dup':
            stack.append(stack[-1])
        elif tok == 'swap':
            stack[-1], stack[-2] = stack[-2], stack[-1]
        else:
            stack.append(float(tok) if '.' in tok or 'e' in tok else int(tok))
    if len(stack) != 1:
        raise ValueError(f'bad expression, stack={stack}')
    return stack[0]
exprs = ['3 4 +', '5 1 2 + 4 * + 3 -', '2 10 ^', '7 2 /', '7 2 //', '-7 2 %', '2.5 dup *', '1 2 swap -',
         '10 neg 3 //', '2 0.5 ^', '1e3 7 %', '2 100 ^ 3 %']
for e in exprs:
    print(f'{e:<22} = {rpn(e)!r}')
for bad in ['1 +', '1 2', '4 0 /', '2 x +', '']:
    try:
        print(rpn(bad))
    except (IndexError, ValueError, ZeroDivisionError) as err:
        print(f'{bad!r:<10} -> {type(err).__name__}: {err}')
def tokenize(src):
    out, num = [], ''
    for ch in src:
        if ch.isdigit() or ch == '.':
            num += ch
            continue
        if num:
            out.append(num)
            num = ''
        if ch in '+-*/()':
            out.append(ch)
        elif not ch.isspace():
            raise SyntaxError(f'unexpected {ch!r}')
    if num:
        out.append(num)
    return out
print(tokenize('12+3.5*(4 - 1)'), tokenize(''), len(tokenize('1 + 2 + 3')))
try:
    tokenize('1 & 2')
except SyntaxError as err:
    print('SyntaxError:', err)
