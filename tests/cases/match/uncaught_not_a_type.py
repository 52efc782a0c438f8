# Calling a non-type in a class pattern fails when that pattern runs.
import types

ns = types.SimpleNamespace(make=lambda: 1)


def run(v):
    match v:
        case 0:
            return "zero"
        case ns.make():
            return "made"


print(run(0))
print(run(1))
