"""hashlib for Heron: md5, sha1, sha224, sha256, sha384 and sha512 written in Python (from the
published algorithms: RFC 1321, FIPS 180-4). Slow, but exact."""

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed', 'algorithms_available')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)


def _primes(n):
    out = []
    k = 2
    while len(out) < n:
        if all(k % p for p in out if p * p <= k):
            out.append(k)
        k += 1
    return out


def _iroot(x, r):
    # floor(x ** (1/r)) for a non-negative int x, by Newton's method.
    if x < 2:
        return x
    y = 1 << ((x.bit_length() + r - 1) // r)
    while True:
        z = ((r - 1) * y + x // y ** (r - 1)) // r
        if z >= y:
            return y
        y = z


def _frac_bits(p, r, bits):
    return _iroot(p << (r * bits), r) & ((1 << bits) - 1)


_P = _primes(80)
_K256 = [_frac_bits(p, 3, 32) for p in _P[:64]]
_K512 = [_frac_bits(p, 3, 64) for p in _P]
_H256 = [_frac_bits(p, 2, 32) for p in _P[:8]]
_H512 = [_frac_bits(p, 2, 64) for p in _P[:8]]
_H384 = [_frac_bits(p, 2, 64) for p in _P[8:16]]
_H224 = [0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939, 0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4]


def _bytes_arg(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data)
    raise TypeError(f"object supporting the buffer API required")


class _Hash:
    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._init)
        self._buf = b''
        self._count = 0
        if data:
            self.update(data)

    def update(self, data):
        data = _bytes_arg(data)
        self._count += len(data)
        buf = self._buf + data
        bs = self.block_size
        n = len(buf) - len(buf) % bs
        for i in range(0, n, bs):
            self._compress(buf[i:i + bs])
        self._buf = buf[n:]

    def copy(self):
        c = object.__new__(type(self))
        c._state = list(self._state)
        c._buf = self._buf
        c._count = self._count
        return c

    def _padded(self, order):
        bs = self.block_size
        lenbytes = 16 if bs == 128 else 8
        bitlen = (self._count * 8).to_bytes(lenbytes, order)
        pad = b'\x80' + b'\0' * ((bs - lenbytes - 1 - len(self._buf)) % bs)
        return self._buf + pad + bitlen

    def digest(self):
        c = self.copy()
        tail = c._padded(self._order)
        for i in range(0, len(tail), self.block_size):
            c._compress(tail[i:i + self.block_size])
        w = self._word
        out = b''.join(x.to_bytes(w, self._order) for x in c._state)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return f'<{self.name} _hashlib.HASH object @ {hex(id(self))}>'


def _rotl32(x, n):
    return ((x << n) | (x >> (32 - n))) & 0xffffffff


_MD5_S = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _md5_k():
    from math import sin
    return [int(abs(sin(i + 1)) * 4294967296) & 0xffffffff for i in range(64)]


_MD5_K = _md5_k()


class md5(_Hash):
    name = 'md5'
    digest_size = 16
    block_size = 64
    _order = 'little'
    _word = 4
    _init = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & 0xffffffff))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & 0xffffffff
            a, d, c = d, c, b
            b = (b + _rotl32(f, _MD5_S[i])) & 0xffffffff
        s = self._state
        self._state = [(s[0] + a) & 0xffffffff, (s[1] + b) & 0xffffffff, (s[2] + c) & 0xffffffff, (s[3] + d) & 0xffffffff]


class sha1(_Hash):
    name = 'sha1'
    digest_size = 20
    block_size = 64
    _order = 'big'
    _word = 4
    _init = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0]

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            w.append(_rotl32(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._state
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            t = (_rotl32(a, 5) + (f & 0xffffffff) + e + k + w[i]) & 0xffffffff
            e, d, c, b, a = d, c, _rotl32(b, 30), a, t
        self._state = [(x + y) & 0xffffffff for x, y in zip(self._state, (a, b, c, d, e))]


class _Sha2(_Hash):
    _order = 'big'

    def _compress(self, block):
        ws = self._word
        bits = ws * 8
        mask = (1 << bits) - 1
        rounds, K, sig = self._rounds, self._K, self._sig

        def rotr(x, n):
            return ((x >> n) | (x << (bits - n))) & mask

        w = [int.from_bytes(block[i:i + ws], 'big') for i in range(0, 16 * ws, ws)]
        (a0, a1, a2), (b0, b1, b2), (c0, c1, c2), (d0, d1, d2) = sig
        for i in range(16, rounds):
            x = w[i - 15]
            y = w[i - 2]
            s0 = rotr(x, a0) ^ rotr(x, a1) ^ (x >> a2)
            s1 = rotr(y, b0) ^ rotr(y, b1) ^ (y >> b2)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & mask)
        a, b, c, d, e, f, g, h = self._state
        for i in range(rounds):
            S1 = rotr(e, d0) ^ rotr(e, d1) ^ rotr(e, d2)
            ch = (e & f) ^ (~e & g)
            t1 = (h + S1 + ch + K[i] + w[i]) & mask
            S0 = rotr(a, c0) ^ rotr(a, c1) ^ rotr(a, c2)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (S0 + maj) & mask
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & mask, c, b, a, (t1 + t2) & mask
        self._state = [(x + y) & mask for x, y in zip(self._state, (a, b, c, d, e, f, g, h))]


class sha256(_Sha2):
    name = 'sha256'
    digest_size = 32
    block_size = 64
    _word = 4
    _rounds = 64
    _K = _K256
    _init = _H256
    _sig = ((7, 18, 3), (17, 19, 10), (2, 13, 22), (6, 11, 25))


class sha224(sha256):
    name = 'sha224'
    digest_size = 28
    _init = _H224


class sha512(_Sha2):
    name = 'sha512'
    digest_size = 64
    block_size = 128
    _word = 8
    _rounds = 80
    _K = _K512
    _init = _H512
    _sig = ((1, 8, 7), (19, 61, 6), (28, 34, 39), (14, 18, 41))


class sha384(sha512):
    name = 'sha384'
    digest_size = 48
    _init = _H384


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256, 'sha384': sha384, 'sha512': sha512}


def new(name, data=b'', **kwargs):
    try:
        ctor = _CONSTRUCTORS[name.lower()]
    except KeyError:
        raise ValueError(f'unsupported hash type {name}') from None
    return ctor(data)
