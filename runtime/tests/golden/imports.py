import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from . import sibling
from ..pkg import thing
from math import *

def inner():
    import json
    from sys import argv
    return json, argv
