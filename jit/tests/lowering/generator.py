# lower: scaled
# A generator: its loop is compiled like any other, with two entries besides the start: the
# loop header (OSR) and the instruction after the RESUME that follows the yield, which reads
# the frame (the sent value on its stack) when the generator is resumed. The yield itself
# writes the locals and stack back into the frame and returns to the interpreter, which
# suspends it: no exit.
def scaled(n, factor):
    total = 0
    for i in range(n):
        total += i * factor
        yield total


for _ in range(20):
    sum(scaled(50, 3))
