print("mypkg init")
from . import helpers
from .helpers import shout
PKG_CONST = "pkg"
