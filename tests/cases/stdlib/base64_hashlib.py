# hashlib digests (md5, sha1, sha2) and their methods
import hashlib

for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    h = hashlib.new(name)
    h.update(b"The quick brown fox ")
    h.update(b"jumps over the lazy dog")
    c = h.copy()
    c.update(b".")
    print(name, h.digest_size, h.block_size, h.hexdigest())
    print(name, c.hexdigest() == getattr(hashlib, name)(b"The quick brown fox jumps over the lazy dog.").hexdigest())
print(hashlib.md5(b"").hexdigest(), hashlib.sha256(b"a" * 200).hexdigest())
print(hashlib.sha1(bytes(range(256))).digest()[:8], hashlib.md5().name, hashlib.sha256().name)
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
t(lambda: hashlib.sha256("text"))
t(lambda: hashlib.new("nope"))
