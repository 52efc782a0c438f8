import sys
import traceback
import os.path

def clean(text):
    # tracebacks name the script by its absolute path in CPython; keep the base name
    out = []
    for line in text.splitlines(True):
        if line.startswith('  File "'):
            start = line.index('"') + 1
            end = line.index('"', start)
            line = line[:start] + os.path.basename(line[start:end]) + line[end:]
        out.append(line)
    return ''.join(out)

def level2(x):
    return 10 // x

def level1(x):
    return level2(x)

try:
    level1(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    print([(f.name, f.lineno, f.line) for f in traceback.extract_tb(tb)])
    print(traceback.format_exception_only(type(e), e), traceback.format_exception_only(e))
    text = traceback.format_exc()
    print(text.splitlines()[0], text.splitlines()[-1])
    print(len(traceback.format_tb(tb)), clean(traceback.format_tb(tb)[0]).splitlines()[0])
    print(os.path.basename(traceback.extract_tb(tb)[-1].filename), traceback.extract_tb(tb, limit=1)[0].name)

def chained():
    try:
        {}['k']
    except KeyError as e:
        raise ValueError('bad value') from e

try:
    chained()
except ValueError as e:
    lines = traceback.format_exception(e)
    joined = ''.join(lines)
    print('direct cause' in joined, joined.count('Traceback'), lines[-1].strip())
    print([l for l in joined.splitlines() if not l.startswith(' ')])

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError('during')
except KeyError as e:
    joined = ''.join(traceback.format_exception(type(e), e, e.__traceback__))
    print('During handling' in joined, joined.splitlines()[-1])
    print(''.join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)).count('Traceback'))

def where():
    return traceback.extract_stack()
st = where()
print([f.name for f in st][-2:], st[-1].line)

class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr, MyErr()), traceback.format_exception_only(MyErr, MyErr('x', 1)))
try:
    raise MyErr('printed')
except MyErr:
    print(clean(traceback.format_exc()), end='')
