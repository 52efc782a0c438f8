# base64 / binascii error paths
import base64
import binascii

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__ + "." + type(e).__name__ + ":", e)

t(lambda: base64.b64decode(b"YQ"))
t(lambda: base64.b64decode(b"YQ="))
t(lambda: base64.b64decode(b"Y"))
t(lambda: base64.b64decode(b"YWJjZ"))
t(lambda: base64.b64decode(b"=YQ==", validate=True))
t(lambda: base64.b64decode(b"YQ==YQ==", validate=True))
t(lambda: base64.b64decode(b"Y!Q==", validate=True))
t(lambda: base64.b64decode("\u00e9"))
t(lambda: base64.b64decode(12))
t(lambda: base64.b64encode("text"))
t(lambda: base64.b32decode(b"MFRGG"))
t(lambda: base64.b32decode(b"MFRGG=1="))
t(lambda: base64.b32decode(b"mfrgg==="))
t(lambda: base64.b16decode(b"0g"))
t(lambda: base64.b16decode(b"ab"))
t(lambda: base64.b16decode(b"123"))
t(lambda: binascii.unhexlify(b"abc"))
t(lambda: binascii.unhexlify(b"zz"))
t(lambda: binascii.unhexlify("\u00e9\u00e9"))
t(lambda: binascii.crc32("text"))
print(issubclass(binascii.Error, ValueError))
