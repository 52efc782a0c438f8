import mypkg.sub.leaf as leaf
print(leaf.leaf_value())
print(leaf.PKG, leaf.__name__)
import mypkg.sub.leaf
print(mypkg.sub.leaf is leaf)
print(mypkg.PKG_CONST, mypkg.shout("x"))
import mypkg.helpers as h
print(h.NAME, h is mypkg.helpers)
