import os
import os.path
import a.b.c
import os as o
import os.path as p, sys
import a, b, c
