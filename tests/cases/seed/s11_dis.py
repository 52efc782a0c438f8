# Seed: "Bytecode and Compilation / Viewing Bytecode"
# The listing itself is implementation-specific; check that it is produced and names the
# instructions of a + b.
import dis
import io

def add(a, b):
    return a + b

buf = io.StringIO()
dis.dis(add, file=buf)
# Output shows bytecode instructions
listing = buf.getvalue()
print("BINARY_OP" in listing, "RETURN_VALUE" in listing, "LOAD_FAST" in listing)
