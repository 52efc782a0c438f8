# Program-like: checksums, hex dumps and a tiny binary record format
def adler32(data):
    a, b = 1, 0
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a
def crc32(data):
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF
def hexdump(data, width=8):
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexpart = ' '.join(f'{b:02x}' for b in chunk)
        text = ''.join(chr(b) if 32 <= b < 127 else '.' for b in chunk)
        print(f'{off:04x}  {hexpart:<{width * 3}} |{text}|')
msg = 'Heron says: héllo, wörld!\n'.encode()
print(len(msg), hex(adler32(msg)), hex(crc32(msg)), crc32(b'123456789') == 0xCBF43926)
hexdump(msg)
def pack(records):
    out = bytearray()
    for name, value in records:
        raw = name.encode()
        out += len(raw).to_bytes(1, 'big') + raw + value.to_bytes(4, 'big', signed=True)
    return bytes(out)
def unpack(blob):
    i, recs = 0, []
    while i < len(blob):
        n = blob[i]
        name = blob[i + 1:i + 1 + n].decode()
        value = int.from_bytes(blob[i + 1 + n:i + 5 + n], 'big', signed=True)
        recs.append((name, value))
        i += 5 + n
    return recs
recs = [('alpha', 1), ('beta', -2), ('γ', 2 ** 31 - 1), ('', -2 ** 31)]
blob = pack(recs)
print(blob.hex(), len(blob))
print(unpack(blob) == recs, unpack(blob))
key = b'k3y'
cipher = bytes(b ^ key[i % len(key)] for i, b in enumerate(msg))
print(cipher[:10].hex(), bytes(b ^ key[i % len(key)] for i, b in enumerate(cipher)) == msg)
import base64
print(base64.b64encode(b'any carnal pleasure.'), base64.b64decode(b'aGVyb24='), base64.b16encode(b'\x01\xab'))
