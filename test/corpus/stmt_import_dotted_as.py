import a.b.c as d
import xml.etree.ElementTree as ET, json as j
