from .. import helpers
from ..helpers import NAME as PARENT_NAME
from . import SUB_INIT
def leaf_value():
    return helpers.shout("leaf") + " " + PARENT_NAME + " " + str(SUB_INIT)
PKG = __package__
