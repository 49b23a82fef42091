# A package whose __init__ enters a submodule in sys.modules itself (as os does for os.path).
import sys
import types

alias = types.ModuleType('pkg_fromlist.alias')
alias.WHERE = 'entered by __init__'
sys.modules['pkg_fromlist.alias'] = alias
