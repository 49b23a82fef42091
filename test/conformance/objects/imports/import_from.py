# from m import a, b; import m as n; from m import x as y.
from mod_geometry import area, PI
from mod_geometry import Square as Sq
import mod_state as st
print(area(1), PI, Sq(2).area(), st.bump(), st.bump(), st.counter)
from mod_state import counter
print(counter)
