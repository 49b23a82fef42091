# sys.__excepthook__ called directly prints; SystemExit never reaches the hook.
import sys
sys.__excepthook__(ValueError, ValueError("direct"), None)
print("after")
sys.excepthook = print
raise SystemExit(3)
