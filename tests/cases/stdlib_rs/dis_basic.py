# dis on simple functions: opnames and structural facts Heron shares with CPython 3.11.
import dis


def add(a, b):
    return a + b


def loop(n):
    t = 0
    for i in range(n):
        t += i
    return t


print([i.opname for i in dis.get_instructions(add)])
for ins in dis.get_instructions(add):
    print(ins.opname, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.opname[dis.opmap['LOAD_FAST']], dis.opmap['RETURN_VALUE'] == [i.opcode for i in dis.get_instructions(add)][-1])
names = [i.opname for i in dis.Bytecode(loop)]
print('FOR_ITER' in names, 'GET_ITER' in names, names[0])
print(any(i.is_jump_target for i in dis.get_instructions(loop)))
print('LOAD_CONST' in dis.Bytecode("x = 1").dis(), 'STORE_NAME' in dis.Bytecode("x = 1").dis())
info = dis.code_info(add)
print(info.splitlines()[0], info.splitlines()[2])
dis.dis("x = y")


class K:
    def m(self):
        return self
print(isinstance(dis.opname, list), len(dis.opname), isinstance(dis.opmap, dict))
