import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info >= (3, 8))
print(sys.maxsize == 2**63 - 1, sys.byteorder in ("little", "big"))
print(type(sys.path).__name__, type(sys.modules).__name__)
print("sys" in sys.modules, "builtins" in sys.modules)
print(sys.platform.startswith("linux"))
print(type(sys.flags).__name__ == "flags", sys.getdefaultencoding())
print(sys.float_info.max > 1e308)
