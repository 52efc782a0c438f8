# Program-like: hand-written base64, hex and run-length encoders over bytes
ALPHA = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        quad = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        keep = len(chunk) + 1
        out += bytes(quad[:keep]) + b'=' * (4 - keep)
    return bytes(out)
def b64decode(text):
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count(b'=')
        n = 0
        for c in quad.rstrip(b'='):
            n = n * 64 + ALPHA.index(c)
        n <<= 6 * pad
        out += n.to_bytes(3, 'big')[:3 - pad]
    return bytes(out)
import base64
for sample in [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', 'héron ✓'.encode(), bytes(range(10))]:
    enc = b64encode(sample)
    print(sample, enc, enc == base64.b64encode(sample), b64decode(enc) == sample)
def to_hex(data):
    return ''.join('%02x' % b for b in data)
def from_hex(s):
    return bytes(int(s[i:i + 2], 16) for i in range(0, len(s), 2))
msg = b'\x00\x10\xffHeron'
print(to_hex(msg), to_hex(msg) == msg.hex(), from_hex(to_hex(msg)) == msg, bytes.fromhex(msg.hex()) == msg)
def rle(data):
    out = bytearray()
    i = 0
    while i < len(data):
        j = i
        while j < len(data) and data[j] == data[i] and j - i < 255:
            j += 1
        out += bytes([j - i, data[i]])
        i = j
    return bytes(out)
def unrle(data):
    return b''.join(bytes([data[i + 1]]) * data[i] for i in range(0, len(data), 2))
raw = b'aaaabbbcccd' + b'\x00' * 300 + b'e'
packed = rle(raw)
print(len(raw), len(packed), packed[:12], unrle(packed) == raw)
checksum = sum(raw) & 0xFF
print(checksum, (-checksum) & 0xFF, (sum(raw) + ((-checksum) & 0xFF)) & 0xFF)
