import os
import os.path
from os.path import join, splitext
print(os.name, os.sep, repr(os.linesep), os.path.join('a', 'b', '/c', 'd'), join('a/', 'b'), os.path.split('/x/y/z.txt'), os.path.split('z'), os.path.split('/'))
print(os.path.basename('/a/b.py'), os.path.dirname('/a/b.py'), os.path.dirname('b.py'), splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a.b/c'))
print(os.path.normpath('/a//b/./c/../d/'), os.path.normpath('../../x/./y'), os.path.normpath(''), os.path.normpath('//a'), os.path.isabs('/a'), os.path.isabs('a'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']), os.fspath('p'), os.path.splitdrive('/a'))
print(os.path.relpath('/a/b/c', '/a/x'), os.path.abspath('/a/../b'))
print(os.path is __import__('posixpath'), os.path.sep)
