"""binascii for Heron: conversions between binary data and ASCII (base64, hex, crc32)."""


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = 'binascii'
Incomplete.__module__ = 'binascii'

_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_REV = [255] * 256
for _i, _c in enumerate(_B64):
    _B64_REV[_c] = _i
del _i, _c


def _data(b):
    if isinstance(b, (bytes, bytearray, memoryview)):
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


def _ascii_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, (bytes, bytearray, memoryview)):
        return bytes(s)
    raise TypeError(f"argument should be bytes, buffer or ASCII string, not '{type(s).__name__}'")


def b2a_base64(data, *, newline=True):
    data = _data(data)
    out = bytearray()
    n = len(data)
    for i in range(0, n - n % 3, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63], _B64[v & 63]))
    rest = n % 3
    if rest == 1:
        v = data[-1] << 16
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63])) + b'=='
    elif rest == 2:
        v = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[v >> 18], _B64[(v >> 12) & 63], _B64[(v >> 6) & 63])) + b'='
    if newline:
        out += b'\n'
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    pads = 0
    left = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        ch = data[i]
        if ch == 61:
            padding_started = True
            if strict_mode and quad_pos == 0:
                raise Error('Excess padding not allowed')
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_REV[ch]
        if v >= 64:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            quad_pos = 1
            left = v
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | v) & 0xff)
            left = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be ' '1 more than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    data = _data(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


hexlify = b2a_hex


def a2b_hex(hexstr):
    s = _ascii_data(hexstr)
    if len(s) % 2:
        raise Error('Odd-length string')
    out = bytearray()
    digits = b'0123456789abcdef'
    for i in range(0, len(s), 2):
        hi = digits.find(bytes((s[i],)).lower())
        lo = digits.find(bytes((s[i + 1],)).lower())
        if hi < 0 or lo < 0:
            raise Error('Non-hexadecimal digit found')
        out.append(hi * 16 + lo)
    return bytes(out)


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC = _crc_table()


def crc32(data, crc=0):
    data = _data(data)
    crc = ~crc & 0xffffffff
    table = _CRC
    for b in data:
        crc = table[(crc ^ b) & 0xff] ^ (crc >> 8)
    return ~crc & 0xffffffff


def crc_hqx(data, crc):
    data = _data(data)
    crc &= 0xffff
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xffff if crc & 0x8000 else (crc << 1) & 0xffff
    return crc
