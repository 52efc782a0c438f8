# base64 / binascii encodings and round trips
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(0, 256, 17)), b"\xff\xfe\xfd"]
for s in samples:
    e64 = base64.b64encode(s)
    print(e64, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s))
    assert base64.b64decode(e64) == s and base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
print(base64.b64decode("Zm9vYmFy"), base64.b64decode(b"Zm9v\nYmFy"), base64.b64decode(b"Zm9v!!YmFy"))
print(base64.b64decode(b"YQ==YQ=="), base64.standard_b64encode(b"x"), base64.standard_b64decode(b"eA=="))
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.urlsafe_b64decode("-_8="), base64.b32decode("mzxw6===", casefold=True), base64.b16decode("ff0a", casefold=True))
print(base64.b32hexencode(b"hello"), base64.b32hexdecode(b"D1IMOR3F"))
print(base64.encodebytes(b"x" * 60))
print(base64.decodebytes(b"eHh4\neHh4\n"))
print(binascii.hexlify(b"\x00\x01\xab\xff"), binascii.unhexlify("00ff10"), binascii.unhexlify(b"ABcd"))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.b2a_hex(b"hi"), binascii.a2b_hex(b"6869"))
print(binascii.crc32(b""), binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.b2a_base64(b"abc"), binascii.b2a_base64(b"abc", newline=False), binascii.a2b_base64(b"YWJj"))
print(binascii.crc_hqx(b"123456789", 0xffff))
