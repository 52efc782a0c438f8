# Per-type exception attributes and their str() forms
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
e = OSError(2, 'No such file or directory', 'data.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, e.args, str(e))
print(str(OSError(1, 'x', 'a', None, 'b')), str(OSError(2)), OSError(2).errno, OSError(1, 2, 3, 4, 5, 6).errno)
print([type(OSError(n, 'm')).__name__ for n in (1, 2, 4, 11, 13, 17, 20, 21, 32, 110, 999)])
print(EnvironmentError is OSError, IOError is OSError, FileNotFoundError(2, 'gone').errno)
t(lambda: OSError(2, 'x', filename='f'))
ie = ImportError('cannot do it', name='mod', path='/p')
print(ie.name, ie.path, ie.msg, str(ie), ie.args, ImportError().msg, ImportError('a', 'b').msg)
t(lambda: ImportError('x', bogus=1))
print(ModuleNotFoundError('m', name='m').name, AttributeError('a', name='n', obj=3).obj, NameError('x', name='y').name)
t(lambda: NameError('x', obj=1))
print(StopIteration().value, StopIteration(1).value, StopIteration(1, 2).value)
print(SystemExit().code, SystemExit(3).code, SystemExit('bye', 2).code)
se = SyntaxError('bad thing', ('/some/dir/file.py', 3, 7, 'x = = 1\n', 3, 8))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))
print(str(SyntaxError('m', ('f.py', None, 1, 't'))), str(SyntaxError('m')), str(SyntaxError()), SyntaxError().lineno)
t(lambda: SyntaxError('m', (1, 2)))
t(lambda: SyntaxError('m', 5))
ud = UnicodeDecodeError('utf-8', b'\xffab', 0, 1, 'invalid start byte')
print(ud.encoding, ud.object, ud.start, ud.end, ud.reason, str(ud))
print(str(UnicodeDecodeError('utf-8', b'\xff\xfe', 0, 2, 'bad data')))
print(str(UnicodeEncodeError('ascii', 'h\xe9\u1234', 1, 2, 'ordinal not in range(128)')))
print(str(UnicodeEncodeError('ascii', 'h\xe9\u1234', 2, 3, 'r')), str(UnicodeEncodeError('ascii', 'abc', 0, 3, 'r')))
print(str(UnicodeTranslateError('ab\u20ac', 2, 3, 'no mapping')))
t(lambda: UnicodeDecodeError('x'))
t(lambda: UnicodeDecodeError('utf-8', 'text', 0, 1, 'r'))
t(lambda: UnicodeEncodeError('ascii', b'x', 0, 1, 'r'))
t(lambda: ValueError(x=1))
t(lambda: KeyError(key=1))
k = KeyError('missing')
print(str(k), repr(k), str(KeyError()), str(KeyError(1, 2)))
ae = AttributeError('boom')
ae.name = 'changed'
print(ae.name, ae.obj)
try:
    [].nope
except AttributeError as err:
    print(err.name, err.obj)
