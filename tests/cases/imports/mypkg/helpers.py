def shout(s):
    return s.upper() + "!"
NAME = __name__
