# Program-like: word wrap, justification and a Vigenere cipher
def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + ' ' + word if cur else word
    if cur:
        lines.append(cur)
    return lines
def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    q, r = divmod(spaces, gaps)
    return ''.join(w + (' ' * (q + (1 if i < r else 0)) if i < gaps else '') for i, w in enumerate(words))
para = ("Heron is a small runtime for a large language. It aims to run ordinary "
        "scripts correctly, and to report errors exactly as the reference does.")
for ln in wrap(para, 28):
    print('|' + justify(ln, 28) + '|', '|' + ln.center(28) + '|')
def vigenere(msg, key, decrypt=False):
    out = []
    ki = 0
    for ch in msg:
        if ch.isalpha():
            base = ord('A') if ch.isupper() else ord('a')
            shift = ord(key[ki % len(key)].lower()) - ord('a')
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)
enc = vigenere("Attack at Dawn, Heron!", "lemon")
print(enc, '->', vigenere(enc, "lemon", decrypt=True))
def is_anagram(a, b):
    norm = lambda s: sorted(s.replace(' ', '').lower())
    return norm(a) == norm(b)
print(is_anagram('Dormitory', 'dirty room'), is_anagram('abc', 'abd'))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return ''.join(out)
print(rle('aaabccddddde'), rle(''), rle('x'))
print(' '.join(w[::-1] for w in 'reverse each word here'.split()), 'palindrome' == 'palindrome'[::-1])
