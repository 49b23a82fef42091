# Catching BaseException subclasses: SystemExit and KeyboardInterrupt are not Exceptions.
import sys
try:
    sys.exit(5)
except Exception:
    print('not here')
except BaseException as e:
    print('BaseException caught', type(e).__name__, e.code)
try:
    raise GeneratorExit
except Exception:
    print('not here either')
except GeneratorExit:
    print('GeneratorExit is a BaseException')
