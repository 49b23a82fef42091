if a: pass
while b: break
for c in d: continue
with e: pass
def f(): return
class G: pass
try: x
except: y
